package kz.cites.application.intake;

import java.time.Clock;
import java.util.UUID;
import kz.cites.application.intake.domain.HearingRepository;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for open hearings whose deadline passed and lapses each in a transaction of its own ({@link
 * Hearings#lapseIfDue}), which locks the application and checks again: of two instances running at
 * once, one lapses a hearing and the other finds it no longer open.
 */
@Component
public class HearingDeadlines {

  private static final int BATCH = 100;

  private final HearingRepository hearings;
  private final Hearings hearingSteps;
  private final Clock clock;

  HearingDeadlines(HearingRepository hearings, Hearings hearingSteps, Clock clock) {
    this.hearings = hearings;
    this.hearingSteps = hearingSteps;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${cites.hearing.lapse-check-interval:PT1M}",
      initialDelayString = "${cites.hearing.lapse-check-interval:PT1M}")
  void scheduled() {
    lapseDue();
  }

  /** Lapses what is due now; returns how many hearings lapsed. */
  public int lapseDue() {
    int lapsed = 0;
    for (UUID applicationId :
        hearings.applicationsWithDeadlinePassed(clock.instant(), Limit.of(BATCH))) {
      if (hearingSteps.lapseIfDue(applicationId)) {
        lapsed++;
      }
    }
    return lapsed;
  }
}

package kz.cites.application.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Exponential back-off with jitter, until the delivery is given up. */
class RetryScheduleTest {

  static final Instant QUEUED = Instant.parse("2026-03-20T14:00:00Z");

  private final RetrySchedule schedule =
      new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofDays(3));

  @Test
  void theWaitDoublesFromTheFirstUpToTheLongest() {
    assertThat(schedule.delay(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(schedule.delay(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(schedule.delay(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(schedule.delay(9)).isEqualTo(Duration.ofSeconds(2560));
    assertThat(schedule.delay(10)).isEqualTo(Duration.ofHours(1));
    assertThat(schedule.delay(1000)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void jitterShortensAWaitByAtMostAFifth() {
    Instant now = QUEUED.plusSeconds(100);
    assertThat(schedule.nextAttempt(3, QUEUED, now, 0.0)).contains(now.plusSeconds(40));
    assertThat(schedule.nextAttempt(3, QUEUED, now, 0.5)).contains(now.plusSeconds(36));
    assertThat(schedule.nextAttempt(3, QUEUED, now, 0.999).orElseThrow())
        .isAfter(now.plusSeconds(32))
        .isBefore(now.plusSeconds(40));
  }

  @Test
  void theLastAttemptIsAtTheDeadlineAndAFailureThereGivesUp() {
    Instant deadline = QUEUED.plus(Duration.ofDays(3));
    Instant late = deadline.minusSeconds(60);
    assertThat(schedule.nextAttempt(50, QUEUED, late, 0.0)).contains(deadline);
    assertThat(schedule.nextAttempt(51, QUEUED, deadline, 0.0)).isEmpty();
    assertThat(schedule.nextAttempt(51, QUEUED, deadline.plusSeconds(1), 0.0)).isEmpty();
  }
}

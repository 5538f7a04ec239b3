package kz.cites.application.intake.messaging;

import kz.cites.application.intake.domain.IntakeEvents;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.events.HearingAnswered;
import kz.cites.events.HearingLapsed;
import kz.cites.events.HearingScheduled;
import kz.cites.messaging.Outbox;
import org.springframework.stereotype.Component;

/** Intake's events go through the transactional outbox onto {@code cites.application.events}. */
@Component
class OutboxIntakeEvents implements IntakeEvents {

  private final Outbox outbox;

  OutboxIntakeEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void submitted(ApplicationSubmitted event) {
    outbox.record(event);
  }

  @Override
  public void withdrawn(ApplicationWithdrawn event) {
    outbox.record(event);
  }

  @Override
  public void hearingScheduled(HearingScheduled event) {
    outbox.record(event);
  }

  @Override
  public void hearingAnswered(HearingAnswered event) {
    outbox.record(event);
  }

  @Override
  public void hearingLapsed(HearingLapsed event) {
    outbox.record(event);
  }
}

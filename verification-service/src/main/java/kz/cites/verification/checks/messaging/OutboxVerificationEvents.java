package kz.cites.verification.checks.messaging;

import kz.cites.events.VerificationCompleted;
import kz.cites.messaging.Outbox;
import kz.cites.verification.checks.domain.VerificationEvents;
import org.springframework.stereotype.Component;

/** Publishes through the outbox, so the event commits or rolls back with the last outcome. */
@Component
class OutboxVerificationEvents implements VerificationEvents {

  private final Outbox outbox;

  OutboxVerificationEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void completed(VerificationCompleted event) {
    outbox.record(event);
  }
}

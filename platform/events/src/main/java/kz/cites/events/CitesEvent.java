package kz.cites.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Every event published on the CITES topics. The application id is the Kafka key, so all events of
 * one application stay in order on their topic.
 */
public sealed interface CitesEvent
    permits ApplicationSubmitted,
        FeeAssessed,
        FeeConfirmed,
        FeeRejected,
        VerificationCompleted,
        ReviewCaseOpened,
        PermitIssued,
        ApplicationRefused,
        ApplicationWithdrawn,
        ReviewOverdue,
        PermitCancelled {

  /** Unique per event; consumers record it in their inbox to skip redeliveries. */
  UUID eventId();

  Instant occurredAt();

  UUID applicationId();
}

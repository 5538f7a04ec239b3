package kz.cites.events;

import java.util.UUID;

/**
 * An event of one application. The application id is the Kafka key, so all events of one
 * application stay in order on their topic.
 */
public sealed interface ApplicationEvent extends CitesEvent
    permits ApplicationSubmitted,
        FeeAssessed,
        FeeConfirmed,
        FeeRejected,
        VerificationCompleted,
        ReviewCaseOpened,
        PermitIssued,
        PreliminaryRefusalNotified,
        HearingScheduled,
        HearingAnswered,
        HearingLapsed,
        ApplicationRefused,
        ApplicationNotAccepted,
        ApplicationWithdrawn,
        ReviewOverdue,
        PermitCancelled,
        PermitEndorsed,
        PermitImportConfirmed {

  /** The application the event is about; also the Kafka key. */
  UUID applicationId();

  @Override
  default String key() {
    return applicationId() == null ? null : applicationId().toString();
  }
}

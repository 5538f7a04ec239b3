package kz.cites.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of event types: the CloudEvents {@code ce_type} of each record and the topic it is
 * published on. Adding an event means adding a record and a line here.
 */
public enum EventType {
  APPLICATION_SUBMITTED(ApplicationSubmitted.class, Topics.APPLICATION),
  FEE_ASSESSED(FeeAssessed.class, Topics.FEE),
  FEE_CONFIRMED(FeeConfirmed.class, Topics.FEE),
  FEE_REJECTED(FeeRejected.class, Topics.FEE),
  VERIFICATION_COMPLETED(VerificationCompleted.class, Topics.VERIFICATION),
  REVIEW_CASE_OPENED(ReviewCaseOpened.class, Topics.PERMIT),
  PERMIT_ISSUED(PermitIssued.class, Topics.PERMIT),
  PRELIMINARY_REFUSAL_NOTIFIED(PreliminaryRefusalNotified.class, Topics.PERMIT),
  HEARING_SCHEDULED(HearingScheduled.class, Topics.APPLICATION),
  HEARING_ANSWERED(HearingAnswered.class, Topics.APPLICATION),
  HEARING_LAPSED(HearingLapsed.class, Topics.APPLICATION),
  APPLICATION_REFUSED(ApplicationRefused.class, Topics.PERMIT),
  APPLICATION_NOT_ACCEPTED(ApplicationNotAccepted.class, Topics.PERMIT),
  APPLICATION_WITHDRAWN(ApplicationWithdrawn.class, Topics.APPLICATION),
  REVIEW_OVERDUE(ReviewOverdue.class, Topics.PERMIT),
  PERMIT_CANCELLED(PermitCancelled.class, Topics.PERMIT),
  PERMIT_ENDORSED(PermitEndorsed.class, Topics.PERMIT),
  PERMIT_IMPORT_CONFIRMED(PermitImportConfirmed.class, Topics.PERMIT),
  CALENDAR_DAY_CHANGED(CalendarDayChanged.class, Topics.CALENDAR);

  private static final String TYPE_PREFIX = "kz.cites.";

  private final Class<? extends CitesEvent> recordType;
  private final String topic;

  EventType(Class<? extends CitesEvent> recordType, String topic) {
    this.recordType = recordType;
    this.topic = topic;
  }

  public Class<? extends CitesEvent> recordType() {
    return recordType;
  }

  public String topic() {
    return topic;
  }

  /** The CloudEvents type, e.g. {@code kz.cites.ApplicationSubmitted}. */
  public String cloudEventType() {
    return TYPE_PREFIX + recordType.getSimpleName();
  }

  public static EventType of(CitesEvent event) {
    return of(event.getClass());
  }

  public static EventType of(Class<? extends CitesEvent> recordType) {
    return Arrays.stream(values())
        .filter(type -> type.recordType.equals(recordType))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown event record " + recordType));
  }

  public static Optional<EventType> fromCloudEventType(String cloudEventType) {
    return Arrays.stream(values())
        .filter(type -> type.cloudEventType().equals(cloudEventType))
        .findFirst();
  }
}

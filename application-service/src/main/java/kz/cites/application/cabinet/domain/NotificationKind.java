package kz.cites.application.cabinet.domain;

/** What a notification is about: a stable code the portal translates (the message is English). */
public enum NotificationKind {
  SUBMISSION_REGISTERED,
  PERMIT_ISSUED,
  APPLICATION_REFUSED,
  /** The duty was not paid as required by the end of its grace period: not a refusal. */
  APPLICATION_NOT_ACCEPTED,
  PERMIT_CANCELLED,
  WITHDRAWAL_CONFIRMED
}

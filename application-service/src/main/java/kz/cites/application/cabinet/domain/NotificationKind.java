package kz.cites.application.cabinet.domain;

/** What a notification is about: a stable code the portal translates (the message is English). */
public enum NotificationKind {
  SUBMISSION_REGISTERED,
  PERMIT_ISSUED,
  /**
   * A ground for refusal was found: the preliminary decision with its grounds and the deadline to
   * state a position (answerBy). Not a refusal yet.
   */
  HEARING_NOTICE,
  APPLICATION_REFUSED,
  /** The duty was not paid as required by the end of its grace period: not a refusal. */
  APPLICATION_NOT_ACCEPTED,
  PERMIT_CANCELLED,
  WITHDRAWAL_CONFIRMED
}

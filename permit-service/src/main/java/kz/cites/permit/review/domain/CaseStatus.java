package kz.cites.permit.review.domain;

/** Where a review case stands. */
public enum CaseStatus {
  /** Waiting for the submission, the verification or the fee outcome. */
  COLLECTING,
  /** Refused automatically on a certain ground, or by an officer. */
  REFUSED,
  /**
   * Not accepted for consideration: the duty was still not paid as required when its grace period
   * ended (an incomplete package). No refusal ground, nothing issued.
   */
  NOT_ACCEPTED,
  /** Opened for review: waits for an officer (earliest due first). */
  IN_REVIEW,
  /** Approved; the permit is issued. */
  APPROVED,
  /** Withdrawn by the applicant before a decision: never decided, by the rules or by an officer. */
  WITHDRAWN
}

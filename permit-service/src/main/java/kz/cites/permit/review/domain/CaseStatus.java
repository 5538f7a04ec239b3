package kz.cites.permit.review.domain;

/** Where a review case stands. */
public enum CaseStatus {
  /** Waiting for the submission, the verification or the fee outcome. */
  COLLECTING,
  /** Refused, finally, after the hearing: on the grounds notified, by an officer or the rules. */
  REFUSED,
  /**
   * Not accepted for consideration: the duty was still not paid as required when its grace period
   * ended (an incomplete package). No refusal ground, nothing issued.
   */
  NOT_ACCEPTED,
  /** Opened for review: waits for an officer (earliest due first). */
  IN_REVIEW,
  /**
   * A ground for refusal was found and the applicant notified of the preliminary decision: the
   * hearing is open until its deadline or the applicant's answer (APC art. 73). An answer brings
   * the case back to IN_REVIEW; no answer makes the refusal final.
   */
  HEARING,
  /** Approved; the permit is issued. */
  APPROVED,
  /** Withdrawn by the applicant before a decision: never decided, by the rules or by an officer. */
  WITHDRAWN
}

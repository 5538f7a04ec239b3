package kz.cites.fee.assessment.domain;

/** Where the duty of one application stands. */
public enum FeeStatus {
  /** Only the payment evidence is in; the application has not been seen yet. */
  OPEN,
  /** The application is in but its year has no MCI in the tariff; an operator must add it. */
  PENDING_TARIFF,
  /** The duty is assessed; waiting for the payment evidence. */
  ASSESSED,
  /** Paid in full by the applicant. */
  CONFIRMED,
  /** Not paid as required; see the rejection reason. */
  REJECTED
}

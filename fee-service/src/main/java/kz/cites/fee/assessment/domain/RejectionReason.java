package kz.cites.fee.assessment.domain;

/** Why a payment was not accepted. */
public enum RejectionReason {
  /** No receipt of the applicant for this application. */
  UNPAID,
  /** The applicant's receipts for this application add up to less than the duty. */
  UNDERPAID,
  /** Only someone else paid for this application; the duty must come from the applicant. */
  PAID_BY_ANOTHER_PAYER
}

package kz.cites.fee.assessment.domain;

/** What became of a receipt matched or assigned to an application. */
public enum ApplyResult {
  /** Kept with the application's duty, which was settled if it is now paid. */
  APPLIED,
  /** No submitted application has this id. */
  NO_APPLICATION,
  /** The application's payer did not make this payment: the duty must come from the applicant. */
  OTHER_PAYER,
  /** The application's duty is already CONFIRMED or REJECTED: no re-settlement. */
  FEE_DECIDED
}

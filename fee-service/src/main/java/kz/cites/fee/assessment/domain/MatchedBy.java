package kz.cites.fee.assessment.domain;

/**
 * How a receipt without this application's id as reference came to pay for it. A receipt with the
 * application id as reference needs none (null).
 */
public enum MatchedBy {
  /**
   * A payment without reference (cash, bank transfer) whose payer, amount and date fit this
   * application and no other.
   */
  PAYER_AMOUNT_DATE,
  /** An officer assigned the receipt to this application. */
  OFFICER
}

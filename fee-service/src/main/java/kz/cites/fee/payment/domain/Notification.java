package kz.cites.fee.payment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A receipt as the payment gateway pushes it.
 *
 * @param reference the application id the payer gave; null for a payment without reference (in cash
 *     or by bank transfer)
 */
public record Notification(
    String receiptNumber, String payerId, BigDecimal amount, Instant paidAt, String reference) {

  public boolean hasReference() {
    return reference != null;
  }

  /** The same receipt reported again: payer, amount, time and reference all equal. */
  public boolean sameContentAs(Notification other) {
    return payerId.equals(other.payerId)
        && amount.compareTo(other.amount) == 0
        && paidAt.equals(other.paidAt)
        && Objects.equals(reference, other.reference);
  }
}

package kz.cites.verification.checks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import kz.cites.events.PaymentReceipt;

/** A duty receipt kept as evidence of the payment check. */
@Embeddable
public record Receipt(
    @Column(name = "receipt_number") String receiptNumber,
    @Column(name = "payer_id") String payerId,
    @Column(name = "amount") BigDecimal amount,
    @Column(name = "paid_at") Instant paidAt,
    @Column(name = "reference") String reference) {

  static Receipt of(PaymentReceipt receipt) {
    return new Receipt(
        receipt.receiptNumber(),
        receipt.payerId(),
        receipt.amount(),
        receipt.paidAt(),
        receipt.reference());
  }

  public PaymentReceipt toEvent() {
    return new PaymentReceipt(receiptNumber, payerId, amount, paidAt, reference);
  }
}

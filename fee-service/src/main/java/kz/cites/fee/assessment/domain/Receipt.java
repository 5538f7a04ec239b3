package kz.cites.fee.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A duty receipt reported by the payment gateway, and whether it counted towards the duty. */
@Embeddable
public class Receipt {

  @Column(name = "receipt_number", nullable = false)
  private String receiptNumber;

  @Column(name = "payer_id", nullable = false)
  private String payerId;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(name = "paid_at")
  private Instant paidAt;

  private String reference;

  @Column(nullable = false)
  private boolean counted;

  protected Receipt() {}

  public Receipt(
      String receiptNumber, String payerId, BigDecimal amount, Instant paidAt, String reference) {
    this.receiptNumber = receiptNumber;
    this.payerId = payerId;
    this.amount = amount;
    this.paidAt = paidAt;
    this.reference = reference;
  }

  /** The payer paid with this application's id as the payment reference. */
  boolean references(UUID applicationId) {
    return reference != null && reference.trim().equalsIgnoreCase(applicationId.toString());
  }

  boolean paidBy(String payer) {
    return payerId.equals(payer);
  }

  void markCounted() {
    counted = true;
  }

  public String receiptNumber() {
    return receiptNumber;
  }

  public String payerId() {
    return payerId;
  }

  public BigDecimal amount() {
    return amount;
  }

  public Instant paidAt() {
    return paidAt;
  }

  public String reference() {
    return reference;
  }

  public boolean counted() {
    return counted;
  }
}

package kz.cites.fee.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

  /** Null when the reference is this application; otherwise how the receipt was matched to it. */
  @Enumerated(EnumType.STRING)
  @Column(name = "matched_by")
  private MatchedBy matchedBy;

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

  /**
   * The receipt is for the application of the case holding it: its reference names it, or it was
   * matched to it (by payer, amount and date, or by an officer).
   */
  boolean isFor(UUID applicationId) {
    return matchedBy != null || references(applicationId);
  }

  void matchedBy(MatchedBy how) {
    if (matchedBy == null) {
      matchedBy = how;
    }
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

  /** How a receipt without this application's reference was matched to it; null by reference. */
  public MatchedBy matchedBy() {
    return matchedBy;
  }
}

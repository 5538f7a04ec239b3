package kz.cites.fee.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.cites.fee.tariff.domain.Duty;

/**
 * The duty of one application: its assessment and its settlement against the payment evidence.
 * Either input may come first and either may come again; each transition happens once, so the
 * application gets exactly one assessment and at most one outcome.
 */
@Entity
@Table(name = "fee_case")
public class FeeCase {

  @Id
  @Column(name = "application_id")
  private UUID applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FeeStatus status;

  @Column(name = "payer_id")
  private String payerId;

  @Column(name = "registration_date")
  private LocalDate registrationDate;

  private BigDecimal amount;
  private String currency;

  @Column(name = "mci_year")
  private Integer mciYear;

  @Column(name = "mci_value")
  private BigDecimal mciValue;

  private Integer multiplier;

  @Column(name = "legal_reference")
  private String legalReference;

  @Column(name = "evidence_at")
  private Instant evidenceAt;

  private BigDecimal paid;

  @Enumerated(EnumType.STRING)
  @Column(name = "rejection_reason")
  private RejectionReason rejectionReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  @ElementCollection
  @CollectionTable(name = "fee_receipt", joinColumns = @JoinColumn(name = "application_id"))
  private List<Receipt> receipts = new ArrayList<>();

  protected FeeCase() {}

  public FeeCase(UUID applicationId, Instant now) {
    this.applicationId = applicationId;
    this.status = FeeStatus.OPEN;
    this.createdAt = now;
  }

  /** The application has been seen (its payer and registration date are known). */
  public boolean isSubmitted() {
    return payerId != null;
  }

  /** Records the application's payer and registration date; the first submission wins. */
  public void submitted(String payer, LocalDate registeredOn) {
    if (isSubmitted()) {
      return;
    }
    this.payerId = payer;
    this.registrationDate = registeredOn;
    this.status = FeeStatus.PENDING_TARIFF;
  }

  public boolean awaitsAssessment() {
    return status == FeeStatus.PENDING_TARIFF;
  }

  /** Sets the duty; only a submitted application waiting for it can be assessed. */
  public void assess(Duty duty, Instant now) {
    if (!awaitsAssessment()) {
      throw new IllegalStateException("Fee of " + applicationId + " is " + status);
    }
    this.amount = duty.amount();
    this.currency = duty.currency();
    this.mciYear = duty.mciYear();
    this.mciValue = duty.mciValue();
    this.multiplier = duty.multiplier();
    this.legalReference = duty.legalReference();
    this.assessedAt = now;
    this.status = FeeStatus.ASSESSED;
  }

  public boolean hasEvidence() {
    return evidenceAt != null;
  }

  /**
   * Keeps the payment evidence; the first evidence wins (a repeated verification changes nothing).
   * Receipts repeated in the evidence are kept once.
   */
  public void evidence(List<Receipt> reported, Instant now) {
    if (hasEvidence()) {
      return;
    }
    Map<String, Receipt> byNumber = new LinkedHashMap<>();
    reported.forEach(r -> byNumber.putIfAbsent(r.receiptNumber(), r));
    receipts.addAll(byNumber.values());
    evidenceAt = now;
  }

  public boolean readyToSettle() {
    return status == FeeStatus.ASSESSED && hasEvidence();
  }

  /**
   * Decides the payment: the applicant's receipts with this application as reference count, unless
   * another application claimed them first; confirmed when they cover the duty.
   */
  public FeeStatus settle(ReceiptRegister register, Instant now) {
    if (!readyToSettle()) {
      throw new IllegalStateException("Fee of " + applicationId + " cannot be settled: " + status);
    }
    List<Receipt> forThisApplication =
        receipts.stream().filter(r -> r.references(applicationId)).toList();
    BigDecimal total = BigDecimal.ZERO;
    for (Receipt receipt : forThisApplication) {
      if (receipt.paidBy(payerId) && register.claim(receipt.receiptNumber(), applicationId)) {
        receipt.markCounted();
        total = total.add(receipt.amount());
      }
    }
    this.paid = total.setScale(2, RoundingMode.HALF_UP);
    this.settledAt = now;
    if (paid.compareTo(amount) >= 0) {
      status = FeeStatus.CONFIRMED;
    } else {
      status = FeeStatus.REJECTED;
      boolean paidByOthers = forThisApplication.stream().anyMatch(r -> !r.paidBy(payerId));
      rejectionReason =
          paid.signum() > 0
              ? RejectionReason.UNDERPAID
              : paidByOthers ? RejectionReason.PAID_BY_ANOTHER_PAYER : RejectionReason.UNPAID;
    }
    return status;
  }

  /** The caller with this IIN or BIN is the payer the duty is due from. */
  public boolean payableBy(String iinOrBin) {
    return iinOrBin != null && iinOrBin.equals(payerId);
  }

  public List<Receipt> countedReceipts() {
    return receipts.stream().filter(Receipt::counted).toList();
  }

  public UUID applicationId() {
    return applicationId;
  }

  public FeeStatus status() {
    return status;
  }

  public String payerId() {
    return payerId;
  }

  public LocalDate registrationDate() {
    return registrationDate;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public Integer mciYear() {
    return mciYear;
  }

  public BigDecimal mciValue() {
    return mciValue;
  }

  public Integer multiplier() {
    return multiplier;
  }

  public String legalReference() {
    return legalReference;
  }

  public BigDecimal paid() {
    return paid;
  }

  public Optional<RejectionReason> rejectionReason() {
    return Optional.ofNullable(rejectionReason);
  }

  public List<Receipt> receipts() {
    return List.copyOf(receipts);
  }
}

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
import kz.cites.events.FeeRejected;
import kz.cites.fee.tariff.domain.Duty;

/**
 * The duty of one application: its assessment and its settlement against the payment evidence.
 * Inputs (the submission, any number of verifications, gateway notifications) may come in any order
 * and any number of times; receipts are merged by number, and each transition happens once, so the
 * application gets exactly one assessment and at most one outcome.
 *
 * <p>Settlement: confirmed as soon as the counted receipts cover the duty; rejected only when the
 * grace period for late payments has ended <em>and</em> the verification's payment check is in (the
 * authoritative query of the gateway), and the receipts still do not cover the duty.
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
  /**
   * UNPAID: no receipt of the applicant for this application; UNDERPAID: the applicant's receipts
   * add up to less than the duty; PAID_BY_ANOTHER_PAYER: only someone else paid, and the duty must
   * come from the applicant. The event contract's values, stored by name.
   */
  @Column(name = "rejection_reason")
  private FeeRejected.Reason rejectionReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Column(name = "grace_ends_at")
  private Instant graceEndsAt;

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

  /**
   * Sets the duty and the end of the grace period for late payments; only a submitted application
   * waiting for it can be assessed. {@code graceEndsAt} may be null when it cannot be computed yet.
   */
  public void assess(Duty duty, Instant now, Instant graceEndsAt) {
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
    this.graceEndsAt = graceEndsAt;
    this.status = FeeStatus.ASSESSED;
  }

  /** Sets the grace end that could not be computed at assessment (calendar data was missing). */
  public void graceEndsAt(Instant graceEndsAt) {
    if (this.graceEndsAt == null) {
      this.graceEndsAt = graceEndsAt;
    }
  }

  /**
   * Takes the receipts of a verification's payment check. Every verification counts (a later one
   * may show a payment that reached the gateway late); receipts are merged by number, the first
   * report of a number wins.
   *
   * @return whether a receipt was new
   */
  public boolean evidence(List<Receipt> reported, Instant now) {
    if (evidenceAt == null) {
      evidenceAt = now;
    }
    return merge(reported);
  }

  /**
   * Takes a receipt the payment gateway pushed to us.
   *
   * @return whether it was new for this case
   */
  public boolean notified(Receipt receipt) {
    return merge(List.of(receipt));
  }

  private boolean merge(List<Receipt> reported) {
    Map<String, Receipt> byNumber = new LinkedHashMap<>();
    receipts.forEach(r -> byNumber.put(r.receiptNumber(), r));
    boolean added = false;
    for (Receipt r : reported) {
      if (byNumber.putIfAbsent(r.receiptNumber(), r) == null) {
        receipts.add(r);
        added = true;
      }
    }
    return added;
  }

  public boolean hasEvidence() {
    return evidenceAt != null;
  }

  /** Assessed and not decided yet: waiting for the receipts to cover the duty. */
  public boolean awaitsPayment() {
    return status == FeeStatus.ASSESSED;
  }

  /** The grace period has ended at {@code now}; false while its end is unknown. */
  public boolean graceEnded(Instant now) {
    return graceEndsAt != null && !now.isBefore(graceEndsAt);
  }

  /**
   * Settles the payment if it can be settled now: the applicant's receipts with this application as
   * reference count, unless another application claimed them first. Confirmed when they cover the
   * duty; rejected when they do not, the grace period has ended and the verification's payment
   * check is in; otherwise the case keeps waiting (and {@code paid} shows what counted so far).
   *
   * @return the outcome, or empty when the case is not assessed, already decided or still waiting
   */
  public Optional<FeeStatus> settle(ReceiptRegister register, Instant now) {
    if (!awaitsPayment()) {
      return Optional.empty();
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
    if (paid.compareTo(amount) >= 0) {
      status = FeeStatus.CONFIRMED;
    } else if (hasEvidence() && graceEnded(now)) {
      status = FeeStatus.REJECTED;
      boolean paidByOthers = forThisApplication.stream().anyMatch(r -> !r.paidBy(payerId));
      rejectionReason =
          paid.signum() > 0
              ? FeeRejected.Reason.UNDERPAID
              : paidByOthers ? FeeRejected.Reason.PAID_BY_ANOTHER_PAYER : FeeRejected.Reason.UNPAID;
    } else {
      return Optional.empty();
    }
    this.settledAt = now;
    return Optional.of(status);
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

  public Optional<FeeRejected.Reason> rejectionReason() {
    return Optional.ofNullable(rejectionReason);
  }

  public Instant assessedAt() {
    return assessedAt;
  }

  public Optional<Instant> graceEndsAt() {
    return Optional.ofNullable(graceEndsAt);
  }

  public Optional<Instant> settledAt() {
    return Optional.ofNullable(settledAt);
  }

  public List<Receipt> receipts() {
    return List.copyOf(receipts);
  }
}

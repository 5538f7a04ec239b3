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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import kz.cites.events.FeeRejected;
import kz.cites.events.LocalizedText;
import kz.cites.fee.assessment.domain.PaymentCoverage.Covered;
import kz.cites.fee.assessment.domain.PaymentCoverage.Short;
import kz.cites.fee.assessment.domain.PaymentCoverage.Verdict;
import kz.cites.fee.tariff.domain.Duty;
import kz.cites.fee.tariff.domain.Tariff;

/**
 * The duty of one application: its assessment and its settlement against the payment evidence.
 * Inputs (the submission, any number of verifications, gateway notifications) may come in any order
 * and any number of times; receipts are merged by number, and each transition happens once, so the
 * application gets exactly one assessment and at most one outcome.
 *
 * <p>Settlement: confirmed as soon as the counted receipts cover the duty in force on the day they
 * were paid ({@link PaymentCoverage}: the MCI of the day of payment, not of the registration year);
 * rejected only when the grace period for late payments has ended <em>and</em> the verification's
 * payment check is in (the authoritative query of the gateway) <em>and</em> no payment without
 * reference that could be this application's waits for an officer's choice, and the receipts still
 * do not cover the duty. The assessed {@code amount} is the duty of a payment made on the
 * registration date; the {@code applied*} fields and {@code paidOn} say which duty the outcome was
 * judged against.
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

  /** The provision of the Tax Code the duty was assessed under, in English, Kazakh and Russian. */
  @Column(name = "legal_reference")
  private String legalReference;

  @Column(name = "legal_reference_kk")
  private String legalReferenceKk;

  @Column(name = "legal_reference_ru")
  private String legalReferenceRu;

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

  /** The duty the outcome was judged against: multiplier x MCI in force on {@code paidOn}. */
  @Column(name = "applied_amount")
  private BigDecimal appliedAmount;

  @Column(name = "applied_mci_year")
  private Integer appliedMciYear;

  @Column(name = "applied_mci_value")
  private BigDecimal appliedMciValue;

  /** Kazakhstan date of the payment that completed the duty (or of the last one, if short). */
  @Column(name = "paid_on")
  private LocalDate paidOn;

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
    this.legalReference = duty.legalReference().en();
    this.legalReferenceKk = duty.legalReference().kk();
    this.legalReferenceRu = duty.legalReference().ru();
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

  /**
   * Takes a receipt that does not name this application but was matched to it ({@code how}): by
   * payer, amount and date, or by an officer. A receipt of that number already held is marked as
   * matched.
   *
   * @return whether anything changed
   */
  public boolean matched(Receipt receipt, MatchedBy how) {
    for (Receipt held : receipts) {
      if (held.receiptNumber().equals(receipt.receiptNumber())) {
        if (held.matchedBy() != null || held.references(applicationId)) {
          return false;
        }
        held.matchedBy(how);
        return true;
      }
    }
    receipt.matchedBy(how);
    receipts.add(receipt);
    return true;
  }

  /**
   * Whether a receipt matched to this application could still count: the application is in and its
   * duty is not decided yet.
   */
  public boolean takesPayments() {
    return status == FeeStatus.PENDING_TARIFF || status == FeeStatus.ASSESSED;
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
   * Settles the payment if it can be settled now: the applicant's receipts for this application
   * (with it as reference, or matched to it) count, unless another application claimed them first.
   * Confirmed when they cover the duty in force on the day they were paid ({@link
   * PaymentCoverage}); rejected when they do not, the grace period has ended, the verification's
   * payment check is in and {@code awaitsOfficer} says no receipt that could be this application's
   * waits for an officer; otherwise the case keeps waiting (and {@code paid} shows what counted so
   * far).
   *
   * @param tariff the duty of each day of payment
   * @param awaitsOfficer asked only when the case would otherwise be rejected
   * @return the outcome, or empty when the case is not assessed, already decided or still waiting
   */
  public Optional<FeeStatus> settle(
      ReceiptRegister register, Tariff tariff, BooleanSupplier awaitsOfficer, Instant now) {
    if (!awaitsPayment()) {
      return Optional.empty();
    }
    List<Receipt> forThisApplication =
        receipts.stream().filter(r -> r.isFor(applicationId)).toList();
    for (Receipt receipt : forThisApplication) {
      if (receipt.paidBy(payerId) && register.claim(receipt.receiptNumber(), applicationId)) {
        receipt.markCounted();
      }
    }
    Verdict verdict = coverage(tariff);
    this.paid = verdict.paid();
    if (verdict instanceof Covered covered) {
      status = FeeStatus.CONFIRMED;
      applied(covered.duty(), covered.paidOn());
    } else if (verdict instanceof Short shortfall
        && hasEvidence()
        && graceEnded(now)
        && !awaitsOfficer.getAsBoolean()) {
      status = FeeStatus.REJECTED;
      applied(shortfall.duty(), shortfall.paidOn());
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

  /** What the counted receipts amount to, judged by the duty of the day each was paid. */
  public Verdict coverage(Tariff tariff) {
    return PaymentCoverage.judge(countedReceipts(), assessedDuty(), registrationDate, tariff);
  }

  private Duty assessedDuty() {
    return new Duty(amount, currency, mciYear, mciValue, multiplier, legalReference());
  }

  private void applied(Duty duty, LocalDate day) {
    this.appliedAmount = duty.amount();
    this.appliedMciYear = duty.mciYear();
    this.appliedMciValue = duty.mciValue();
    this.paidOn = day;
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

  /** The legal reference in every language; null before the assessment. */
  public LocalizedText legalReference() {
    return legalReference == null
        ? null
        : new LocalizedText(legalReferenceKk, legalReferenceRu, legalReference);
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

  /** The duty the outcome was judged against; null until decided. */
  public BigDecimal appliedAmount() {
    return appliedAmount;
  }

  public Integer appliedMciYear() {
    return appliedMciYear;
  }

  public BigDecimal appliedMciValue() {
    return appliedMciValue;
  }

  /** The Kazakhstan date of the payment the outcome was judged by; null when nothing counted. */
  public LocalDate paidOn() {
    return paidOn;
  }

  public List<Receipt> receipts() {
    return List.copyOf(receipts);
  }
}

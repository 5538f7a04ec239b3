package kz.cites.verification.checks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.cites.events.CheckResult;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalGround;
import org.hibernate.annotations.BatchSize;

/**
 * One registry check of an application: what is asked (subject, reference, expected name), where it
 * stands, and the evidence of the last attempt.
 */
@Entity
@Table(name = "verification_check")
public class VerificationCheck {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private Verification verification;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private CheckResult.Check kind;

  /**
   * Who is asked about: the IIN (identity, entrepreneur, hunting-permit holder), the BIN (legal
   * entity), the payer id (duty payment), the IIN or BIN (court records, see {@code reference}).
   */
  private String subjectId;

  /** The payment reference (the application id); for court records "IIN" or "BIN". */
  private String reference;

  /**
   * The name the application gives, kept for the officer's eyes only: it is never compared with the
   * registry's, whose name is the applicant's (identity data come through the gateway).
   */
  private String expectedName;

  /** Legal entity: the IIN of the person who signed for the company. */
  private String signerIin;

  /**
   * Hunting permit: the wild-taken specimens, the permits the application names for them, when they
   * were taken and from how many animals.
   */
  @ElementCollection
  @CollectionTable(name = "check_specimen", joinColumns = @JoinColumn(name = "check_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = CHECKS_PER_VERIFICATION)
  private List<HuntedSpecimen> specimens = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private CheckStatus status;

  /** Since when the registry has been unavailable for this check; null unless UNAVAILABLE. */
  private Instant unavailableSince;

  /** The registry's last usable answer (its payload, JSON) as evidence. */
  private String registryAnswer;

  @Enumerated(EnumType.STRING)
  private RefusalGround refusalGround;

  private String reason;
  private String registryMessageId;

  /** The subject's name as the registry holds it (identity, legal entity, entrepreneur). */
  private String registeredName;

  private String registeredNameLatin;

  /** A failed check's finding, and its text for the applicant in Kazakh, Russian and English. */
  @Enumerated(EnumType.STRING)
  private RegistryFinding finding;

  private String explanationKk;
  private String explanationRu;
  private String explanationEn;

  private Instant checkedAt;
  private int attempts;

  @ElementCollection
  @CollectionTable(name = "check_receipt", joinColumns = @JoinColumn(name = "check_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = CHECKS_PER_VERIFICATION)
  private List<Receipt> receipts = new ArrayList<>();

  /**
   * At most this many checks per verification (one of each kind): their specimens and receipts are
   * loaded for all of them in one query each, not check by check (the completion event reads every
   * check's evidence).
   */
  static final int CHECKS_PER_VERIFICATION = 6;

  protected VerificationCheck() {}

  VerificationCheck(
      Verification verification,
      CheckResult.Check kind,
      String subjectId,
      String reference,
      String expectedName) {
    this.id = UUID.randomUUID();
    this.verification = verification;
    this.kind = kind;
    this.subjectId = subjectId;
    this.reference = reference;
    this.expectedName = expectedName;
    this.status = CheckStatus.PENDING;
  }

  VerificationCheck signedBy(String signerIin) {
    this.signerIin = signerIin;
    return this;
  }

  VerificationCheck covering(List<HuntedSpecimen> specimens) {
    this.specimens.addAll(specimens);
    return this;
  }

  /** Stores an attempt's outcome; a definite outcome is final, later attempts change nothing. */
  boolean record(CheckOutcome outcome) {
    if (status.definite()) {
      return false;
    }
    attempts++;
    if (outcome.status() != CheckStatus.UNAVAILABLE) {
      unavailableSince = null;
    } else if (status != CheckStatus.UNAVAILABLE) {
      unavailableSince = outcome.checkedAt();
    }
    status = outcome.status();
    if (outcome.registryAnswer() != null || status.definite()) {
      registryAnswer = outcome.registryAnswer();
    }
    refusalGround = outcome.refusalGround();
    reason = outcome.reason();
    registryMessageId = outcome.registryMessageId();
    registeredName = outcome.registeredName() == null ? null : outcome.registeredName().name();
    registeredNameLatin =
        outcome.registeredName() == null ? null : outcome.registeredName().latin();
    finding = outcome.finding();
    LocalizedText explanation = outcome.explanation();
    explanationKk = explanation == null ? null : explanation.kk();
    explanationRu = explanation == null ? null : explanation.ru();
    explanationEn = explanation == null ? null : explanation.en();
    checkedAt = outcome.checkedAt();
    if (kind == CheckResult.Check.DUTY_PAYMENT || !outcome.receipts().isEmpty()) {
      // receipts are the duty check's evidence: the other checks need not load theirs to find none
      receipts.clear();
      outcome.receipts().forEach(r -> receipts.add(Receipt.of(r)));
    }
    return true;
  }

  CheckResult toResult() {
    if (!status.definite()) {
      throw new IllegalStateException("Check " + kind + " has no definite outcome yet");
    }
    return new CheckResult(
        kind,
        switch (status) {
          case PASSED -> CheckResult.Outcome.PASSED;
          case FAILED -> CheckResult.Outcome.FAILED;
          case RECORDED -> CheckResult.Outcome.RECORDED;
          case PENDING, UNAVAILABLE -> throw new IllegalStateException("not definite: " + status);
        },
        refusalGround,
        reason,
        registryMessageId,
        checkedAt,
        receipts.stream().map(Receipt::toEvent).toList(),
        registeredName,
        registeredNameLatin,
        finding == null ? null : finding.name(),
        explanation());
  }

  /** A failed check's finding for the applicant, in every language; null when none was written. */
  public LocalizedText explanation() {
    return explanationRu == null
        ? null
        : new LocalizedText(explanationKk, explanationRu, explanationEn);
  }

  public RegistryFinding finding() {
    return finding;
  }

  public Verification verification() {
    return verification;
  }

  public UUID id() {
    return id;
  }

  public CheckResult.Check kind() {
    return kind;
  }

  public String subjectId() {
    return subjectId;
  }

  public String reference() {
    return reference;
  }

  public String expectedName() {
    return expectedName;
  }

  public String signerIin() {
    return signerIin;
  }

  public List<HuntedSpecimen> specimens() {
    return List.copyOf(specimens);
  }

  public Instant unavailableSince() {
    return unavailableSince;
  }

  public String registryAnswer() {
    return registryAnswer;
  }

  public CheckStatus status() {
    return status;
  }

  public RefusalGround refusalGround() {
    return refusalGround;
  }

  public String reason() {
    return reason;
  }

  public RegisteredName registeredName() {
    return registeredName == null ? null : new RegisteredName(registeredName, registeredNameLatin);
  }

  public String registryMessageId() {
    return registryMessageId;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public int attempts() {
    return attempts;
  }

  public List<Receipt> receipts() {
    return List.copyOf(receipts);
  }
}

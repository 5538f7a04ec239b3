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
import kz.cites.events.RefusalGround;

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

  /** The IIN asked about (identity) or the payer id (duty payment). */
  private String subjectId;

  /** The payment reference (the application id); null for identity. */
  private String reference;

  /**
   * The name the registry's record must match; null when the applicant's name is a business name.
   */
  private String expectedName;

  @Enumerated(EnumType.STRING)
  private CheckStatus status;

  @Enumerated(EnumType.STRING)
  private RefusalGround refusalGround;

  private String reason;
  private String registryMessageId;
  private Instant checkedAt;
  private int attempts;

  @ElementCollection
  @CollectionTable(name = "check_receipt", joinColumns = @JoinColumn(name = "check_id"))
  @OrderColumn(name = "position")
  private List<Receipt> receipts = new ArrayList<>();

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

  /** Stores an attempt's outcome; a definite outcome is final, later attempts change nothing. */
  boolean record(CheckOutcome outcome) {
    if (status.definite()) {
      return false;
    }
    attempts++;
    status = outcome.status();
    refusalGround = outcome.refusalGround();
    reason = outcome.reason();
    registryMessageId = outcome.registryMessageId();
    checkedAt = outcome.checkedAt();
    receipts.clear();
    outcome.receipts().forEach(r -> receipts.add(Receipt.of(r)));
    return true;
  }

  CheckResult toResult() {
    if (!status.definite()) {
      throw new IllegalStateException("Check " + kind + " has no definite outcome yet");
    }
    return new CheckResult(
        kind,
        status == CheckStatus.PASSED ? CheckResult.Outcome.PASSED : CheckResult.Outcome.FAILED,
        refusalGround,
        reason,
        registryMessageId,
        checkedAt,
        receipts.stream().map(Receipt::toEvent).toList());
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

  public CheckStatus status() {
    return status;
  }

  public RefusalGround refusalGround() {
    return refusalGround;
  }

  public String reason() {
    return reason;
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

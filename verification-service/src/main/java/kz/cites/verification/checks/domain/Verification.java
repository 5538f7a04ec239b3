package kz.cites.verification.checks.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.CheckResult;
import kz.cites.events.VerificationCompleted;

/**
 * The registry checks of one application. Every stored outcome touches this row, so its version
 * serialises concurrent outcomes: only the transaction that stores the last definite outcome sees
 * every check definite and completes the verification, exactly once.
 */
@Entity
@Table(name = "verification")
public class Verification {

  public enum Status {
    IN_PROGRESS,
    COMPLETED
  }

  @Id private UUID applicationId;

  private String registrationNumber;

  @Enumerated(EnumType.STRING)
  private Status status;

  private Instant openedAt;
  private Instant updatedAt;
  private Instant completedAt;

  @Version private Long version;

  @OneToMany(mappedBy = "verification", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("kind")
  private List<VerificationCheck> checks = new ArrayList<>();

  protected Verification() {}

  /**
   * The checks this slice runs for a submitted application: the identity of the applicant (for a
   * company, of the signer whose IIN the application carries) and the duty payment by the payer.
   */
  public static Verification open(ApplicationSubmitted submitted, Instant now) {
    var verification = new Verification();
    verification.applicationId = submitted.applicationId();
    verification.registrationNumber = submitted.registrationNumber();
    verification.status = Status.IN_PROGRESS;
    verification.openedAt = now;
    verification.updatedAt = now;
    ApplicationSnapshot.Applicant applicant = submitted.application().applicant();
    // Only an individual's application names the person; an entrepreneur or a company writes its
    // business name there, which the legal-entity and entrepreneur checks compare instead.
    String expectedName =
        applicant.type() == ApplicationSnapshot.ApplicantType.INDIVIDUAL ? applicant.name() : null;
    verification.checks.add(
        new VerificationCheck(
            verification, CheckResult.Check.IDENTITY, applicant.iin(), null, expectedName));
    verification.checks.add(
        new VerificationCheck(
            verification,
            CheckResult.Check.DUTY_PAYMENT,
            applicant.payerId(),
            submitted.applicationId().toString(),
            null));
    return verification;
  }

  /**
   * Stores the outcome of check {@code checkId}; returns the completion event when this outcome was
   * the last one missing.
   */
  public Optional<VerificationCompleted> record(UUID checkId, CheckOutcome outcome, Instant now) {
    VerificationCheck check =
        checks.stream()
            .filter(c -> c.id().equals(checkId))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No check " + checkId));
    if (!check.record(outcome)) {
      return Optional.empty();
    }
    updatedAt = now;
    if (status == Status.COMPLETED || !checks.stream().allMatch(c -> c.status().definite())) {
      return Optional.empty();
    }
    status = Status.COMPLETED;
    completedAt = now;
    return Optional.of(
        new VerificationCompleted(
            UUID.randomUUID(),
            now,
            applicationId,
            checks.stream().map(VerificationCheck::toResult).toList()));
  }

  public UUID applicationId() {
    return applicationId;
  }

  public String registrationNumber() {
    return registrationNumber;
  }

  public Status status() {
    return status;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public List<VerificationCheck> checks() {
    return List.copyOf(checks);
  }
}

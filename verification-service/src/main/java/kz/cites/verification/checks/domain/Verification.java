package kz.cites.verification.checks.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
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
import org.springframework.data.domain.Persistable;

/**
 * The registry checks of one application. Every stored outcome touches this row, so its version
 * serialises concurrent outcomes: only the transaction that stores the last definite outcome sees
 * every check definite and completes the verification, exactly once.
 */
@Entity
@Table(name = "verification")
@NamedEntityGraph(
    name = Verification.WITH_CHECKS,
    attributeNodes = @NamedAttributeNode(value = "checks", subgraph = "receipts"),
    subgraphs = @NamedSubgraph(name = "receipts", attributeNodes = @NamedAttributeNode("receipts")))
public class Verification implements Persistable<UUID> {

  /**
   * The verification with its checks and their receipts. Named, so that Spring Data finds it: a
   * graph given by attribute paths only is first looked up under a derived name, which throws and
   * catches two exceptions on every read before it builds the graph.
   */
  static final String WITH_CHECKS = "Verification.withChecks";

  public enum Status {
    IN_PROGRESS,
    COMPLETED,
    /**
     * The applicant withdrew the application before its checks completed: nothing more is asked.
     */
    WITHDRAWN
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
   * The checks that apply to a submitted application, from its snapshot: identity (for a company or
   * an entrepreneur, of the signer whose IIN the application carries), the legal entity (company
   * applicants), the entrepreneur registration (entrepreneurs), the duty payment, the hunting
   * permit (only when a specimen was taken from the wild in Kazakhstan) and court records (always).
   */
  public static Verification open(ApplicationSubmitted submitted, Instant now) {
    var verification = new Verification();
    verification.applicationId = submitted.applicationId();
    verification.registrationNumber = submitted.registrationNumber();
    verification.status = Status.IN_PROGRESS;
    verification.openedAt = now;
    verification.updatedAt = now;
    ApplicationSnapshot application = submitted.application();
    ApplicationSnapshot.Applicant applicant = application.applicant();
    ApplicationSnapshot.ApplicantType type = applicant.type();
    // Only an individual's application names the person; an entrepreneur or a company writes its
    // business name there, which the legal-entity and entrepreneur checks look at instead.
    String expectedName =
        type == ApplicationSnapshot.ApplicantType.INDIVIDUAL ? applicant.name() : null;
    verification.add(CheckResult.Check.IDENTITY, applicant.iin(), null, expectedName);
    if (type == ApplicationSnapshot.ApplicantType.LEGAL_ENTITY) {
      verification
          .add(CheckResult.Check.LEGAL_ENTITY, applicant.bin(), null, null)
          .signedBy(applicant.iin());
    }
    if (type == ApplicationSnapshot.ApplicantType.ENTREPRENEUR) {
      verification.add(CheckResult.Check.ENTREPRENEUR, applicant.iin(), null, null);
    }
    verification.add(
        CheckResult.Check.DUTY_PAYMENT,
        applicant.payerId(),
        submitted.applicationId().toString(),
        null);
    List<HuntedSpecimen> hunted = wildTakenInKazakhstan(application.specimens());
    if (!hunted.isEmpty()) {
      verification
          .add(CheckResult.Check.HUNTING_PERMIT, applicant.iin(), null, null)
          .covering(hunted);
    }
    // Rulings against a company are filed under its BIN; a person trades under their IIN.
    boolean company = type == ApplicationSnapshot.ApplicantType.LEGAL_ENTITY;
    verification.add(
        CheckResult.Check.COURT_RECORDS,
        company ? applicant.bin() : applicant.iin(),
        company ? "BIN" : "IIN",
        null);
    return verification;
  }

  /**
   * An application withdrawn before we saw it submitted (events of different partitions or a
   * replay): remembered so that a later ApplicationSubmitted opens no checks.
   */
  public static Verification withdrawnBeforeSubmission(UUID applicationId, Instant now) {
    var verification = new Verification();
    verification.applicationId = applicationId;
    verification.status = Status.WITHDRAWN;
    verification.openedAt = now;
    verification.updatedAt = now;
    return verification;
  }

  /** Stops the checks; a completed verification stays completed (its event is out already). */
  public boolean withdraw(Instant now) {
    if (status != Status.IN_PROGRESS) {
      return false;
    }
    status = Status.WITHDRAWN;
    updatedAt = now;
    return true;
  }

  private static List<HuntedSpecimen> wildTakenInKazakhstan(
      List<ApplicationSnapshot.Specimen> specimens) {
    if (specimens == null) {
      return List.of();
    }
    return specimens.stream()
        .filter(ApplicationSnapshot.Specimen::wildFromKazakhstan)
        .map(
            s ->
                new HuntedSpecimen(
                    s.huntingPermitNumber(),
                    s.scientificName(),
                    s.quantity(),
                    s.takenOn(),
                    s.animalCount()))
        .toList();
  }

  private VerificationCheck add(
      CheckResult.Check kind, String subjectId, String reference, String expectedName) {
    var check = new VerificationCheck(this, kind, subjectId, reference, expectedName);
    checks.add(check);
    return check;
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
    if (status == Status.WITHDRAWN || !check.record(outcome)) {
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

  @Override
  public UUID getId() {
    return applicationId;
  }

  /**
   * Opened (or remembered as withdrawn) and not stored yet: no version so far. Answered here
   * because Spring Data would look for a version getter first, an exception thrown and caught per
   * save.
   */
  @Override
  public boolean isNew() {
    return version == null;
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

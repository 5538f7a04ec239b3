package kz.cites.permit.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.calendar.HearingTerm;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.CheckResult;
import kz.cites.events.FeeRejected;
import kz.cites.events.LocalizedText;
import kz.cites.events.PreliminaryRefusalNotified;
import kz.cites.events.RefusalGround;
import kz.cites.permit.permits.domain.RegisteredName;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;

/**
 * The review of one application. Its three inputs (submission, verification, fee) arrive on
 * different topics in any order; each is kept as it comes, and the case is decided once, when the
 * last of them is in. After the decision further inputs change nothing. A withdrawal by the
 * applicant, whenever it arrives before the decision, ends the case undecided ({@code WITHDRAWN}).
 *
 * <p>Updates name only the columns that changed ({@code @DynamicUpdate}): each input touches a few
 * columns, and rewriting the unchanged application snapshot and check results (JSON documents of
 * kilobytes, serialised again and stored again out of line by PostgreSQL) with each was wasted
 * work.
 */
@Entity
@DynamicUpdate
@Table(name = "review_case")
public class ReviewCase {

  @Id
  @Column(name = "application_id")
  private UUID applicationId;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  @Column(name = "registration_number")
  private String registrationNumber;

  @Column(name = "due_at")
  private Instant dueAt;

  /** The application as submitted (jsonb, the contract's own shape). */
  @Column(name = "application", columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private ApplicationSnapshot application;

  /** The outcomes of the checks (jsonb, the list of the contract's CheckResults). */
  @Column(name = "checks", columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private CheckResults checks;

  @Enumerated(EnumType.STRING)
  @Column(name = "fee_outcome")
  private FeeOutcome feeOutcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "fee_rejection")
  private FeeRejected.Reason feeRejection;

  @Column(name = "fee_amount")
  private BigDecimal feeAmount;

  @Column(name = "fee_paid")
  private BigDecimal feePaid;

  @Column(name = "refusal_grounds")
  private String refusalGrounds;

  @Column(name = "refusal_reason")
  private String refusalReason;

  @Column(name = "not_accepted_reason")
  private String notAcceptedReason;

  /**
   * The decision's explanation (a refusal's or a non-acceptance's) in every language when the
   * service wrote it (jsonb); null for an officer's own words, kept in the reason alone.
   */
  @Column(name = "explanation", columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private LocalizedText explanation;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  /** The deciding officer's IIN, or {@code system} for a decision of the rules. */
  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "special_conditions")
  private String specialConditions;

  /** The signed refusal (compact JWS). */
  @Column(name = "refusal_document")
  private String refusalDocument;

  @Column(name = "overdue_notified_at")
  private Instant overdueNotifiedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawal_reason")
  private String withdrawalReason;

  /** The current (latest) hearing of a preliminary refusal; null when none was held. */
  @Column(name = "hearing", columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private Hearing hearing;

  /** Every ground a hearing was held on (comma-joined): a refusal on these alone can be final. */
  @Column(name = "heard_grounds")
  private String heardGrounds;

  /** The end of the term: {@link #dueAt}, extended by a hearing that ends later. */
  @Column(name = "term_ends_at")
  private Instant termEndsAt;

  /** The decider of what the rules decide. */
  public static final String SYSTEM = "system";

  /**
   * The statuses of a case that still waits for a decision: collecting its inputs, in review, or in
   * the hearing of a preliminary refusal.
   */
  public static final Set<CaseStatus> UNDECIDED =
      Set.of(CaseStatus.COLLECTING, CaseStatus.IN_REVIEW, CaseStatus.HEARING);

  /**
   * {@link #overdueAt} as a JPQL condition on a case {@code c}, with {@code :undecided} bound to
   * {@link #UNDECIDED} and {@code :now}: how the overdue alerts find the cases (the partial index
   * {@code review_case_overdue} serves it).
   */
  public static final String OVERDUE = "c.status in :undecided and c.termEndsAt < :now";

  protected ReviewCase() {}

  public void recordSubmission(
      String registrationNumber, Instant dueAt, ApplicationSnapshot application) {
    if (decided()) {
      return;
    }
    this.registrationNumber = registrationNumber;
    this.dueAt = dueAt;
    this.application = application;
    extendTerm();
  }

  public void recordVerification(List<CheckResult> checks) {
    if (decided()) {
      return;
    }
    this.checks = new CheckResults(checks);
  }

  public void recordFeeConfirmed(BigDecimal amount) {
    if (decided()) {
      return;
    }
    this.feeOutcome = FeeOutcome.CONFIRMED;
    this.feeAmount = amount;
    this.feeRejection = null;
    this.feePaid = null;
  }

  public void recordFeeRejected(FeeRejected.Reason reason, BigDecimal amount, BigDecimal paid) {
    if (decided()) {
      return;
    }
    this.feeOutcome = FeeOutcome.REJECTED;
    this.feeRejection = reason;
    this.feeAmount = amount;
    this.feePaid = paid;
  }

  /** All three inputs are in and nothing is decided yet: time for the decision. */
  /**
   * Every input is in; or the duty was rejected, which makes the package incomplete whatever the
   * checks say, so the case need not wait for them.
   */
  public boolean readyForDecision() {
    return status == CaseStatus.COLLECTING
        && application != null
        && (feeOutcome == FeeOutcome.REJECTED || (checks != null && feeOutcome != null));
  }

  /**
   * A ground for refusal was found: the applicant is notified of the preliminary decision first and
   * the case waits in {@code HEARING} (APC art. 73). From a complete case ({@code by} is {@code
   * system}, the grounds came from the checks) or a case in review ({@code by} is the officer who
   * intends to refuse).
   */
  public Hearing notifyPreliminaryRefusal(
      List<RefusalGround> grounds,
      Explained reason,
      String by,
      PreliminaryRefusalNotified.Meeting meeting,
      Instant now) {
    if (status == CaseStatus.COLLECTING) {
      requireReady();
    } else {
      requireInReview();
    }
    if (grounds.isEmpty() || reason == null || reason.text() == null || reason.text().isBlank()) {
      throw new IllegalArgumentException("A preliminary refusal needs a ground and a reason");
    }
    this.hearing = Hearing.notified(grounds, reason, by, now, meeting);
    this.status = CaseStatus.HEARING;
    return hearing;
  }

  /**
   * application-service set the deadline of hearing {@code hearingId}; false (nothing changes) for
   * a hearing that is not this case's current one.
   */
  public boolean hearingScheduled(UUID hearingId, Instant answerBy, Instant decisionDueAt) {
    if (!isCurrentHearing(hearingId)) {
      return false;
    }
    hearing = hearing.scheduled(answerBy, decisionDueAt);
    extendTerm();
    return true;
  }

  /**
   * The applicant answered in time: the hearing ends and the case goes back to an officer, for the
   * final decision. False (nothing changes) when the case no longer waits for that answer.
   */
  public boolean hearingAnswered(UUID hearingId, Hearing.Answer answer, Instant decisionDueAt) {
    if (status != CaseStatus.HEARING || !isCurrentHearing(hearingId) || hearing.ended()) {
      return false;
    }
    hearing = hearing.answered(answer, decisionDueAt);
    heard(hearing.grounds());
    status = CaseStatus.IN_REVIEW;
    extendTerm();
    return true;
  }

  /**
   * The deadline passed without an answer: the refusal becomes final on the grounds notified, as a
   * result of the rules. False (nothing changes) when the case no longer waits for that answer.
   */
  public boolean hearingLapsed(
      UUID hearingId, Instant answerBy, Instant decisionDueAt, Instant now) {
    if (status != CaseStatus.HEARING || !isCurrentHearing(hearingId) || hearing.ended()) {
      return false;
    }
    hearing = hearing.lapsed(now, answerBy, decisionDueAt);
    heard(hearing.grounds());
    extendTerm();
    markRefused(hearing.grounds(), hearing.explained(), SYSTEM, now);
    return true;
  }

  /** Whether a hearing was held on every one of {@code grounds}: a refusal on them is final. */
  public boolean wasHeardOn(List<RefusalGround> grounds) {
    return RefusalGround.parseJoined(heardGrounds).containsAll(grounds);
  }

  private boolean isCurrentHearing(UUID hearingId) {
    return hearing != null && hearing.id().equals(hearingId);
  }

  private void heard(List<RefusalGround> grounds) {
    Set<RefusalGround> all = new LinkedHashSet<>(RefusalGround.parseJoined(heardGrounds));
    all.addAll(grounds);
    heardGrounds = RefusalGround.joined(List.copyOf(all));
  }

  private void extendTerm() {
    termEndsAt = HearingTerm.extendedTerm(dueAt, hearing == null ? null : hearing.decisionDueAt());
  }

  /** Not accepted for consideration: the package was incomplete (the duty not paid as required). */
  public void notAccept(Explained reason, Instant now) {
    requireReady();
    this.status = CaseStatus.NOT_ACCEPTED;
    this.notAcceptedReason = reason.text();
    this.explanation = reason.inEveryLanguage();
    this.decidedBy = SYSTEM;
    this.decidedAt = now;
  }

  public void open() {
    requireReady();
    this.status = CaseStatus.IN_REVIEW;
  }

  /**
   * Approval by {@code officer} (or {@code system} under auto-approval) of a case in review, or in
   * a hearing (the officer found the ground does not hold after all: approving needs no hearing).
   */
  public void approve(String officer, String specialConditions, Instant now) {
    if (status != CaseStatus.HEARING) {
      requireInReview();
    }
    this.status = CaseStatus.APPROVED;
    this.decidedBy = officer;
    this.specialConditions = specialConditions;
    this.decidedAt = now;
  }

  /**
   * The final, reasoned refusal by an officer of a case in review, after a hearing on every one of
   * {@code grounds}.
   */
  public void refuseByOfficer(
      List<RefusalGround> grounds, String reason, String officer, Instant now) {
    requireInReview();
    if (grounds.isEmpty() || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A refusal needs at least one ground and a reason");
    }
    if (!wasHeardOn(grounds)) {
      throw new IllegalStateException(
          "Case " + applicationId + ": no hearing was held on all of " + grounds);
    }
    markRefused(grounds, Explained.byOfficer(reason), officer, now);
  }

  /**
   * The applicant's withdrawal of an undecided case. It may come before any other input (the case
   * then exists only to remember it), and as the status leaves COLLECTING, inputs arriving later
   * are ignored and the case is never decided.
   */
  public void withdraw(String reason, Instant at) {
    if (!undecided()) {
      throw new IllegalStateException(
          "Case " + applicationId + " is " + status + " and cannot be withdrawn");
    }
    this.status = CaseStatus.WITHDRAWN;
    this.withdrawnAt = at;
    this.withdrawalReason = reason;
  }

  public void attachRefusalDocument(String signedDocument) {
    if (status != CaseStatus.REFUSED) {
      throw new IllegalStateException("Case " + applicationId + " is not refused");
    }
    this.refusalDocument = signedDocument;
  }

  public Hearing hearing() {
    return hearing;
  }

  public Instant termEndsAt() {
    return termEndsAt;
  }

  /** Decided, either way: a second decision must be rejected. */
  public boolean isDecided() {
    return status == CaseStatus.APPROVED
        || status == CaseStatus.REFUSED
        || status == CaseStatus.NOT_ACCEPTED;
  }

  private void markRefused(
      List<RefusalGround> grounds, Explained reason, String decidedBy, Instant now) {
    this.status = CaseStatus.REFUSED;
    this.refusalGrounds = RefusalGround.joined(grounds);
    this.refusalReason = reason.text();
    this.explanation = reason.inEveryLanguage();
    this.decidedBy = decidedBy;
    this.decidedAt = now;
  }

  private void requireInReview() {
    if (status != CaseStatus.IN_REVIEW) {
      throw new IllegalStateException(
          "Case " + applicationId + " is " + status + ", not in review");
    }
  }

  private void requireReady() {
    if (!readyForDecision()) {
      throw new IllegalStateException("Case " + applicationId + " is not ready for a decision");
    }
  }

  private boolean decided() {
    return status != CaseStatus.COLLECTING;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public CaseStatus status() {
    return status;
  }

  public String registrationNumber() {
    return registrationNumber;
  }

  public Instant dueAt() {
    return dueAt;
  }

  /** The submitted application; null until the submission is in. */
  public ApplicationSnapshot application() {
    return application;
  }

  /** The outcomes of the checks; null until the verification is in. */
  public CheckResults checks() {
    return checks;
  }

  /**
   * Whom the application was filed for: the company (a LEGAL_ENTITY's BIN) or the person; null
   * until the submission is in. Who may see the case's refusal follows {@link Party#mayAccess}.
   */
  public Party filer() {
    if (application == null) {
      return null;
    }
    ApplicationSnapshot.Applicant applicant = application.applicant();
    return new Party(
        applicant.iin(),
        applicant.type() == ApplicationSnapshot.ApplicantType.LEGAL_ENTITY
            ? applicant.bin()
            : null);
  }

  /** Why the application was not accepted; null unless {@link CaseStatus#NOT_ACCEPTED}. */
  public String notAcceptedReason() {
    return notAcceptedReason;
  }

  /**
   * The applicant's name as the registry gives it (identity data come through the gateway): the
   * legal entity's for a company, the entrepreneur registry's for an entrepreneur (else the
   * person's), the person's for an individual. Empty before the checks, or for checks recorded
   * before the registries gave names.
   */
  public Optional<RegisteredName> registeredApplicantName() {
    if (checks == null || application == null) {
      return Optional.empty();
    }
    ApplicationSnapshot.ApplicantType type = application.applicant().type();
    List<CheckResult.Check> sources =
        type == ApplicationSnapshot.ApplicantType.LEGAL_ENTITY
            ? List.of(CheckResult.Check.LEGAL_ENTITY)
            : type == ApplicationSnapshot.ApplicantType.ENTREPRENEUR
                ? List.of(CheckResult.Check.ENTREPRENEUR, CheckResult.Check.IDENTITY)
                : List.of(CheckResult.Check.IDENTITY);
    for (CheckResult.Check source : sources) {
      Optional<RegisteredName> name =
          checks.all().stream()
              .filter(c -> c.check() == source && c.registeredName() != null)
              .map(c -> new RegisteredName(c.registeredName(), c.registeredNameLatin()))
              .findFirst();
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  public FeeOutcome feeOutcome() {
    return feeOutcome;
  }

  public FeeRejected.Reason feeRejection() {
    return feeRejection;
  }

  public BigDecimal feeAmount() {
    return feeAmount;
  }

  public BigDecimal feePaid() {
    return feePaid;
  }

  public List<RefusalGround> refusalGrounds() {
    return RefusalGround.parseJoined(refusalGrounds);
  }

  public String refusalReason() {
    return refusalReason;
  }

  /**
   * The explanation of the decision (refusal or non-acceptance) in {@code language}: the one the
   * service wrote in every language, else the reason as kept (an officer's words).
   */
  public String explanationIn(String language) {
    String reason = status == CaseStatus.NOT_ACCEPTED ? notAcceptedReason : refusalReason;
    return explanation == null ? reason : explanation.in(language);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String specialConditions() {
    return specialConditions;
  }

  public String refusalDocument() {
    return refusalDocument;
  }

  public Instant overdueNotifiedAt() {
    return overdueNotifiedAt;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  public String withdrawalReason() {
    return withdrawalReason;
  }

  /**
   * Still waiting for a decision (collecting inputs or in review); a withdrawn case waits no more.
   */
  public boolean undecided() {
    return UNDECIDED.contains(status);
  }

  /**
   * Overdue: still undecided after its due time. The one definition of it: the queue's flag asks
   * this, and the overdue alerts look for the cases it holds for with {@link #OVERDUE}.
   */
  public boolean overdueAt(Instant now) {
    return undecided() && termEndsAt != null && termEndsAt.isBefore(now);
  }

  /** The term ends on the Kazakhstan date of {@code now}. */
  public boolean dueTodayAt(Instant now) {
    return termEndsAt != null
        && LocalDate.ofInstant(termEndsAt, Kazakhstan.ZONE)
            .equals(LocalDate.ofInstant(now, Kazakhstan.ZONE));
  }

  /**
   * Notes that the case is announced overdue at {@code now}, once: false (and nothing changes) when
   * it is not overdue or was announced before.
   */
  public boolean announceOverdue(Instant now) {
    if (!overdueAt(now) || overdueNotifiedAt != null) {
      return false;
    }
    this.overdueNotifiedAt = now;
    return true;
  }
}

package kz.cites.application.intake.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.calendar.ServiceTerm;
import kz.cites.events.FeeRejected;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalGround;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

/**
 * One application for a CITES permit, from draft to decision. Its id is created with the draft and
 * is also the payment reference of the state duty. The content is stored as JSON (jsonb); the
 * registration data, the decision and the history as columns. Every move of its status (and the
 * cancellation of its permit) registers a {@link StatusChanged}, published when it is saved.
 *
 * <p>Updates name only the columns that changed ({@code @DynamicUpdate}): most updates move the
 * status and add history, and rewriting the unchanged content (a JSON document of kilobytes,
 * serialised again and stored again out of line by PostgreSQL) with each of them was wasted work.
 */
@Entity
@DynamicUpdate
@Table(name = "application")
@NamedEntityGraph(name = Application.WITH_HISTORY, attributeNodes = @NamedAttributeNode("history"))
public class Application extends AbstractAggregateRoot<Application> implements Persistable<UUID> {

  /**
   * The application with its history, in one statement. Named, so that Spring Data finds it: a
   * graph given by attribute paths only is first looked up under a derived name, which throws and
   * catches two exceptions on every read before it builds the graph (issue 18's profile).
   */
  static final String WITH_HISTORY = "Application.withHistory";

  /** History kinds written by intake itself (event kinds use the event's record name). */
  static final String DRAFT_CREATED = "DraftCreated";

  static final String SUBMITTED = "ApplicationSubmitted";

  static final String WITHDRAWN = "ApplicationWithdrawn";

  /** The view's history order: by time; entries of the same instant in the order they came. */
  private static final Comparator<HistoryEntry> BY_TIME = Comparator.comparing(HistoryEntry::at);

  @Id private UUID id;

  @Version private Long version;

  @Column(name = "owner_iin", nullable = false)
  private String ownerIin;

  @Column(name = "owner_bin")
  private String ownerBin;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ApplicationStatus status;

  @Column(name = "content", nullable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private ApplicationContent content;

  @Column(name = "registration_number")
  private String registrationNumber;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "registration_date")
  private LocalDate registrationDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "submission_key")
  private String submissionKey;

  @Column(name = "permit_number")
  private String permitNumber;

  @Column(name = "refusal_grounds")
  private String refusalGrounds;

  @Column(name = "refusal_reason")
  private String refusalReason;

  /** An automatic refusal's explanation in every language (jsonb); null for an officer's. */
  @Column(name = "refusal_explanation", columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private LocalizedText refusalExplanation;

  @Column(name = "not_accepted_reason")
  private String notAcceptedReason;

  /** Why it was not accepted, in every language (jsonb); null when decided before it was sent. */
  @Column(name = "not_accepted_explanation", columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private LocalizedText notAcceptedExplanation;

  @Column(name = "not_accepted_at")
  private Instant notAcceptedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawal_reason")
  private String withdrawalReason;

  @Column(name = "overdue_since")
  private Instant overdueSince;

  @Column(name = "permit_cancelled_at")
  private Instant permitCancelledAt;

  @Column(name = "permit_cancellation_reason")
  private String permitCancellationReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "application_history", joinColumns = @JoinColumn(name = "application_id"))
  @OrderColumn(name = "entry_index")
  private List<HistoryEntry> history = new ArrayList<>();

  protected Application() {}

  /** A new draft of {@code owner}; the content has been validated by the caller. */
  public static Application draft(Caller owner, ApplicationContent content, Instant now) {
    Application application = new Application();
    application.id = UUID.randomUUID();
    application.ownerIin = owner.iin();
    application.ownerBin = owner.bin();
    application.status = ApplicationStatus.DRAFT;
    application.content = content;
    application.createdAt = now;
    application.updatedAt = now;
    application.history.add(
        new HistoryEntry(ApplicationStatus.DRAFT, now, DRAFT_CREATED, HistoryArguments.none()));
    return application;
  }

  /**
   * Whom the application was filed for: the company when a person acting for it filed it (the
   * token's BIN, which intake requires to be the applicant's), else the person.
   */
  public Party filer() {
    return new Party(ownerIin, ownerBin);
  }

  /**
   * The one rule of company access ({@link Party#mayAccess}): the company's head and attorneys,
   * signed in for it, act on all of its applications; a person signed in alone on their own.
   */
  public boolean isOwnedBy(Caller caller) {
    return caller.party().mayAccess(filer());
  }

  public boolean isVisibleTo(Caller caller) {
    return caller.staff() || isOwnedBy(caller);
  }

  /** Replaces the whole content; only a draft can change. */
  public void replaceContent(ApplicationContent newContent, Instant now) {
    requireDraft();
    content = Objects.requireNonNull(newContent);
    updatedAt = now;
  }

  /**
   * Registers the submitted draft: its number and term start now and the status is SUBMITTED.
   *
   * @param submissionKey the client's Idempotency-Key, so that a repeat gets the same answer
   */
  public void register(
      String number, Instant submittedAt, ServiceTerm.Term term, String submissionKey) {
    requireSubmittable();
    registrationNumber = number;
    registeredAt = submittedAt;
    registrationDate = term.registrationDate();
    dueDate = term.dueDate();
    dueAt = term.dueAt();
    this.submissionKey = submissionKey;
    moveTo(ApplicationStatus.SUBMITTED, submittedAt);
    updatedAt = submittedAt;
    history.add(
        new HistoryEntry(
            ApplicationStatus.SUBMITTED,
            submittedAt,
            SUBMITTED,
            HistoryArguments.none()
                .with("registrationNumber", number)
                .with("registrationDate", registrationDate)
                .with("dueDate", dueDate)));
  }

  /** Content and documents change only while the application is a draft. */
  public void requireDraft() {
    if (status != ApplicationStatus.DRAFT) {
      throw new IntakeRuleViolation(
          IntakeRuleViolation.Rule.NOT_A_DRAFT, null, "status", id, status);
    }
  }

  /** Only a draft can be submitted, and only once. */
  public void requireSubmittable() {
    requireNotWithdrawn();
    if (status != ApplicationStatus.DRAFT) {
      throw new IntakeRuleViolation(
          IntakeRuleViolation.Rule.ALREADY_SUBMITTED, null, "number", id, registrationNumber);
    }
  }

  /**
   * The applicant withdraws the application before a decision: from DRAFT (it then never reaches
   * the other services), SUBMITTED, IN_VERIFICATION or IN_REVIEW. WITHDRAWN is final.
   */
  public void withdraw(String reason, Instant now) {
    requireNotWithdrawn();
    if (status.isFinal()) {
      throw new IntakeRuleViolation(
          IntakeRuleViolation.Rule.ALREADY_DECIDED, null, "status", id, status);
    }
    moveTo(ApplicationStatus.WITHDRAWN, now);
    withdrawnAt = now;
    withdrawalReason = reason;
    updatedAt = now;
    history.add(
        new HistoryEntry(
            ApplicationStatus.WITHDRAWN,
            now,
            WITHDRAWN,
            HistoryArguments.none().with("reason", reason)));
  }

  /**
   * The applicant may take part in a hearing (state a position, upload for it) only while the
   * application is in HEARING.
   */
  public void requireHearing() {
    requireNotWithdrawn();
    if (status != ApplicationStatus.HEARING) {
      throw new IntakeRuleViolation(
              IntakeRuleViolation.Rule.NO_OPEN_HEARING, null, "status", id, status)
          .with("applicationStatus", status);
    }
  }

  /**
   * A step of a hearing (the notice, the answer, the lapse), noted in the history each time: a
   * second hearing repeats the kinds. The notice moves the status to HEARING, unless the
   * application is already closed.
   */
  public void hearingStep(
      boolean notice, String event, Instant at, HistoryArguments note, Instant now) {
    if (notice && ApplicationStatus.HEARING.isAfter(status)) {
      moveTo(ApplicationStatus.HEARING, at);
    }
    history.add(new HistoryEntry(status, at, event, note));
    updatedAt = now;
  }

  private void requireNotWithdrawn() {
    if (status == ApplicationStatus.WITHDRAWN) {
      throw new IntakeRuleViolation(IntakeRuleViolation.Rule.WITHDRAWN, null, "by-applicant", id);
    }
  }

  /** True once the application was submitted (it has a registration number). */
  public boolean wasSubmitted() {
    return registrationNumber != null;
  }

  /** The optimistic-lock version: changes with every change of the application. */
  public long version() {
    return version == null ? 0 : version;
  }

  /** True when {@code key} is the Idempotency-Key of the submission that registered this. */
  public boolean wasSubmittedWith(String key) {
    return key != null && status != ApplicationStatus.DRAFT && key.equals(submissionKey);
  }

  /**
   * Moves to {@code target} if that is progress, and records the step once per event kind: a late
   * event (its step already passed) is still noted in the history but leaves the status alone; a
   * repeated one changes nothing.
   *
   * @return true if anything changed
   */
  public boolean progress(
      ApplicationStatus target, String event, Instant at, HistoryArguments note, Instant now) {
    if (hasRecorded(event)) {
      return false;
    }
    if (target != null && target.isAfter(status)) {
      moveTo(target, at);
    }
    history.add(new HistoryEntry(status, at, event, note));
    updatedAt = now;
    return true;
  }

  /**
   * The permit is issued: final, unless a decision was already recorded or the applicant withdrew
   * (then only the history notes it, and the permit number is not taken over).
   */
  public boolean issue(String number, String event, Instant at, Instant now) {
    if (hasRecorded(event)) {
      return false;
    }
    if (!status.isClosed()) {
      permitNumber = number; // before the status moves: its StatusChanged names the permit
    }
    return progress(
        ApplicationStatus.ISSUED,
        event,
        at,
        HistoryArguments.none().with("permitNumber", number),
        now);
  }

  /**
   * The application is refused with the order's grounds: final, unless already closed. {@code
   * explanation} is an automatic explanation in every language, null for an officer's {@code
   * reason}.
   */
  public boolean refuse(
      List<RefusalGround> grounds,
      String reason,
      LocalizedText explanation,
      String event,
      Instant at,
      Instant now) {
    boolean decided = status.isClosed();
    boolean changed =
        progress(
            ApplicationStatus.REFUSED,
            event,
            at,
            HistoryArguments.none().with("grounds", grounds),
            now);
    if (changed && !decided) {
      refusalGrounds = RefusalGround.joined(grounds);
      refusalReason = reason;
      refusalExplanation = explanation;
    }
    return changed;
  }

  /**
   * The application is not accepted for consideration (its duty not paid as required by the end of
   * the grace period): final, unless already closed; no refusal ground.
   */
  public boolean notAccept(
      FeeRejected.Reason duty,
      String reason,
      LocalizedText explanation,
      String event,
      Instant at,
      Instant now) {
    boolean decided = status.isClosed();
    boolean changed =
        progress(
            ApplicationStatus.NOT_ACCEPTED,
            event,
            at,
            HistoryArguments.none().with("duty", duty),
            now);
    if (changed && !decided) {
      notAcceptedReason = reason;
      notAcceptedExplanation = explanation;
      notAcceptedAt = at;
    }
    return changed;
  }

  /** The review passed its due time without a decision: noted once; the status stays. */
  public boolean markOverdue(Instant dueAt, String event, Instant at, Instant now) {
    boolean changed = progress(null, event, at, HistoryArguments.none().with("dueAt", dueAt), now);
    if (changed) {
      overdueSince = at;
    }
    return changed;
  }

  /** The issued permit was cancelled: noted once with the reason; the status stays ISSUED. */
  public boolean cancelPermit(String number, String reason, String event, Instant at, Instant now) {
    boolean changed =
        progress(
            null,
            event,
            at,
            HistoryArguments.none().with("permitNumber", number).with("reason", reason),
            now);
    if (changed) {
      permitCancelledAt = at;
      permitCancellationReason = reason;
      // a permit issued in a race with the withdrawal was never the application's
      if (permitNumber != null && status != ApplicationStatus.WITHDRAWN) {
        registerEvent(changed(StatusChanged.Change.PERMIT_CANCELLED, status, at));
      }
    }
    return changed;
  }

  /**
   * Customs endorsed the permit at the border (box 14): the permit is used; the application's
   * status stays ISSUED, the history says where and when. False for a redelivered event.
   */
  public boolean recordEndorsement(
      String permitNumber,
      java.time.LocalDate endorsedOn,
      String borderCrossing,
      String event,
      Instant at,
      Instant now) {
    return progress(
        null,
        event,
        at,
        HistoryArguments.none()
            .with("permitNumber", permitNumber)
            .with("endorsedOn", endorsedOn)
            .with("borderCrossing", borderCrossing),
        now);
  }

  /** The one place the status moves: the change is announced as a {@link StatusChanged}. */
  private void moveTo(ApplicationStatus target, Instant at) {
    ApplicationStatus previous = status;
    status = target;
    registerEvent(changed(StatusChanged.Change.STATUS, previous, at));
  }

  private StatusChanged changed(
      StatusChanged.Change change, ApplicationStatus previous, Instant at) {
    return new StatusChanged(
        change,
        id,
        filer(),
        registrationNumber,
        previous,
        status,
        permitNumber,
        permitCancelledAt != null,
        at);
  }

  /** True while a review passed its due time and no decision (or withdrawal) closed it. */
  public boolean isOverdue() {
    return overdueSince != null && !status.isClosed();
  }

  public Instant overdueSince() {
    return overdueSince;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  public String withdrawalReason() {
    return withdrawalReason;
  }

  public Instant permitCancelledAt() {
    return permitCancelledAt;
  }

  public String permitCancellationReason() {
    return permitCancellationReason;
  }

  private boolean hasRecorded(String event) {
    return history.stream().anyMatch(entry -> entry.event().equals(event));
  }

  public UUID id() {
    return id;
  }

  @Override
  public UUID getId() {
    return id;
  }

  /**
   * A draft not stored yet has no version. Said here, not left to Spring Data: its bean wrapper
   * takes {@link #version()} (0 for none) for the version, so every new draft looked stored and was
   * merged, a copy inserted and its version then raised by an update of its own.
   */
  @Override
  public boolean isNew() {
    return version == null;
  }

  public String ownerIin() {
    return ownerIin;
  }

  public String ownerBin() {
    return ownerBin;
  }

  public ApplicationStatus status() {
    return status;
  }

  public ApplicationContent content() {
    return content;
  }

  public String registrationNumber() {
    return registrationNumber;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public LocalDate registrationDate() {
    return registrationDate;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public String permitNumber() {
    return permitNumber;
  }

  public List<RefusalGround> refusalGrounds() {
    return RefusalGround.parseJoined(refusalGrounds);
  }

  public String notAcceptedReason() {
    return notAcceptedReason;
  }

  /** Why it was not accepted, in {@code language}: the text written in every language, if any. */
  public String notAcceptedReasonIn(String language) {
    return notAcceptedExplanation == null ? notAcceptedReason : notAcceptedExplanation.in(language);
  }

  public Instant notAcceptedAt() {
    return notAcceptedAt;
  }

  public String refusalReason() {
    return refusalReason;
  }

  /**
   * The refusal's explanation in {@code language}: an automatic one as written in every language,
   * an officer's in the officer's words.
   */
  public String refusalReasonIn(String language) {
    return refusalExplanation == null ? refusalReason : refusalExplanation.in(language);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * The history by time. Entries are stored in the order they arrived, which is not time order: an
   * event of another service may arrive after a later one. The sort is stable, so entries of the
   * same instant keep their arrival order.
   */
  public List<HistoryEntry> history() {
    List<HistoryEntry> ordered = new ArrayList<>(history);
    ordered.sort(BY_TIME);
    return List.copyOf(ordered);
  }
}

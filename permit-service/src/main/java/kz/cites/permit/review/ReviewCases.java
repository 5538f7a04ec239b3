package kz.cites.permit.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.ApplicationNotAccepted;
import kz.cites.events.ApplicationRefused;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.events.FeeConfirmed;
import kz.cites.events.FeeRejected;
import kz.cites.events.HearingAnswered;
import kz.cites.events.HearingLapsed;
import kz.cites.events.HearingScheduled;
import kz.cites.events.PreliminaryRefusalNotified;
import kz.cites.events.RefusalGround;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.events.VerificationCompleted;
import kz.cites.messaging.Outbox;
import kz.cites.permit.audit.AuditTrail;
import kz.cites.permit.audit.AuditTrail.Action;
import kz.cites.permit.permits.AuthorityProperties;
import kz.cites.permit.permits.PermitIssuer;
import kz.cites.permit.quotas.ExportQuotas;
import kz.cites.permit.quotas.domain.ExportQuota;
import kz.cites.permit.quotas.domain.QuotaDraw;
import kz.cites.permit.review.domain.AppealRoutes;
import kz.cites.permit.review.domain.CaseStatus;
import kz.cites.permit.review.domain.Decision;
import kz.cites.permit.review.domain.DecisionInputs;
import kz.cites.permit.review.domain.DecisionPolicy;
import kz.cites.permit.review.domain.Explained;
import kz.cites.permit.review.domain.Hearing;
import kz.cites.permit.review.domain.OfficerDecision;
import kz.cites.permit.review.domain.RefusalDocument;
import kz.cites.permit.review.domain.RefusalLaw;
import kz.cites.permit.review.domain.ReviewCase;
import kz.cites.permit.review.domain.ReviewCaseRepository;
import kz.cites.permit.signing.DocumentSigner;
import kz.cites.permit.signing.Signatory;
import kz.cites.permit.web.ApiProblem;
import kz.cites.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collects the inputs of each application's review case and decides it once: automatically when the
 * last input arrives, whichever that is, or by an officer when the rules leave it to one. Input
 * handling runs in the consumer's transaction (with its inbox entry), so the case change, the
 * decision, the audit entries and the events it records commit together.
 */
@Service
public class ReviewCases {

  private static final Logger log = LoggerFactory.getLogger(ReviewCases.class);

  /** How the first version of the signed refusal referred to a ground, after the rules' title. */
  private static final String FIRST_VERSION_REFERENCE =
      ", Annex 2 (main requirements of the state service), item 9, subitem ";

  private final ReviewCaseRepository cases;
  private final DecisionPolicy policy = new DecisionPolicy();
  private final PermitIssuer issuer;
  private final Outbox outbox;
  private final Clock clock;
  private final ReviewProperties properties;
  private final AuditTrail audit;
  private final DocumentSigner signer;
  private final AuthorityProperties authority;
  private final AppealRoutes appealRoutes;
  private final RefusalLaw law;
  private final Explanations explanations;
  private final ExportQuotas quotas;

  ReviewCases(
      ReviewCaseRepository cases,
      PermitIssuer issuer,
      Outbox outbox,
      Clock clock,
      ReviewProperties properties,
      AuditTrail audit,
      DocumentSigner signer,
      AuthorityProperties authority,
      AppealRoutes appealRoutes,
      RefusalLaw law,
      Explanations explanations,
      ExportQuotas quotas) {
    this.cases = cases;
    this.issuer = issuer;
    this.outbox = outbox;
    this.clock = clock;
    this.properties = properties;
    this.audit = audit;
    this.signer = signer;
    this.authority = authority;
    this.appealRoutes = appealRoutes;
    this.law = law;
    this.explanations = explanations;
    this.quotas = quotas;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void submitted(ApplicationSubmitted event) {
    ApplicationSnapshot.Applicant applicant = event.application().applicant();
    update(
        event.applicationId(),
        c -> c.recordSubmission(event.registrationNumber(), event.dueAt(), event.application()),
        Action.REQUESTED,
        applicant.bin() != null ? applicant.iin() + " for " + applicant.bin() : applicant.iin(),
        event.submittedAt(),
        "Application "
            + event.registrationNumber()
            + " ("
            + event.application().permitType()
            + ")");
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void verified(VerificationCompleted event) {
    update(
        event.applicationId(),
        c -> c.recordVerification(event.checks()),
        Action.CHECKED,
        "verification-service",
        event.occurredAt(),
        event.checks().stream()
            .map(check -> check.check() + " " + check.outcome())
            .collect(Collectors.joining(", ")));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void feeConfirmed(FeeConfirmed event) {
    update(
        event.applicationId(),
        c -> c.recordFeeConfirmed(event.amount()),
        Action.FEE_CONFIRMED,
        "fee-service",
        event.occurredAt(),
        "Duty " + event.amount().stripTrailingZeros().toPlainString() + " tenge paid");
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void feeRejected(FeeRejected event) {
    update(
        event.applicationId(),
        c -> c.recordFeeRejected(event.reason(), event.amount(), event.paid()),
        Action.FEE_REJECTED,
        "fee-service",
        event.occurredAt(),
        "Duty not accepted: " + event.reason());
  }

  /**
   * The applicant withdrew the application. Before the decision it ends the case as {@code
   * WITHDRAWN}, also when it is the first thing heard of the application (the case is created to
   * remember it, so the inputs that follow never complete it). After the decision it changes
   * nothing; it is logged and noted once in the audit trail.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void withdrawn(ApplicationWithdrawn event) {
    UUID applicationId = event.applicationId();
    cases.createIfAbsent(applicationId);
    ReviewCase reviewCase =
        cases
            .lock(applicationId)
            .orElseThrow(() -> new IllegalStateException("Case " + applicationId + " vanished"));
    Instant at = event.occurredAt() == null ? clock.instant() : event.occurredAt();
    if (reviewCase.status() == CaseStatus.WITHDRAWN) {
      return; // a repeated withdrawal
    }
    if (reviewCase.isDecided()) {
      log.warn(
          "Withdrawal of application {} after it was {}: ignored",
          applicationId,
          reviewCase.status());
      if (!audit.has(applicationId, Action.WITHDRAWAL_IGNORED)) {
        audit.record(
            applicationId,
            Action.WITHDRAWAL_IGNORED,
            "application-service",
            at,
            "withdrawal after decision ignored (" + reviewCase.status() + ")");
      }
      return;
    }
    reviewCase.withdraw(event.reason(), at);
    audit.record(
        applicationId,
        Action.WITHDRAWN,
        reviewCase.application() == null
            ? "application-service"
            : reviewCase.application().applicant().iin(),
        at,
        event.reason() == null || event.reason().isBlank()
            ? "Withdrawn by the applicant"
            : "Withdrawn by the applicant: " + event.reason());
    log.info("Application {} withdrawn before a decision", applicationId);
  }

  /**
   * application-service set the hearing's deadline (it takes the answers). A deadline of a hearing
   * that is no longer the case's current one changes nothing.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void hearingScheduled(HearingScheduled event) {
    onCase(
        event.applicationId(),
        reviewCase -> {
          if (reviewCase.hearingScheduled(
              event.hearingId(), event.answerBy(), event.decisionDueAt())) {
            audit.record(
                event.applicationId(),
                Action.HEARING_SCHEDULED,
                "application-service",
                at(event.occurredAt()),
                "Answer by " + event.answerBy() + "; final decision due " + event.decisionDueAt());
          }
        });
  }

  /** The applicant answered in time: the case goes back to an officer with the position. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void hearingAnswered(HearingAnswered event) {
    onCase(
        event.applicationId(),
        reviewCase -> {
          Hearing.Answer answer =
              new Hearing.Answer(event.text(), event.documents(), event.answeredAt());
          if (reviewCase.hearingAnswered(event.hearingId(), answer, event.decisionDueAt())) {
            audit.record(
                event.applicationId(),
                Action.HEARING_ANSWERED,
                reviewCase.application().applicant().iin(),
                at(event.answeredAt()),
                "Position stated with "
                    + event.documents().size()
                    + " document(s); final decision due "
                    + event.decisionDueAt());
            log.info("Application {}: hearing answered, back to review", event.applicationId());
          } else {
            log.warn(
                "Answer to hearing {} of application {} ignored: the case is {}",
                event.hearingId(),
                event.applicationId(),
                reviewCase.status());
          }
        });
  }

  /**
   * The deadline passed without an answer: the refusal becomes final on the grounds notified, a
   * result of the rules signed with the authority's certificate.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void hearingLapsed(HearingLapsed event) {
    onCase(
        event.applicationId(),
        reviewCase -> {
          Instant now = clock.instant();
          if (reviewCase.hearingLapsed(
              event.hearingId(), event.answerBy(), event.decisionDueAt(), now)) {
            Hearing hearing = reviewCase.hearing();
            audit.record(
                event.applicationId(),
                Action.HEARING_LAPSED,
                "application-service",
                at(event.occurredAt()),
                "No answer by " + event.answerBy());
            refused(reviewCase, hearing.grounds(), hearing.explained(), Signatory.authority(), now);
            log.info(
                "Application {} refused on {}: no answer in the hearing",
                event.applicationId(),
                hearing.grounds());
          }
        });
  }

  /** Runs {@code change} on the locked case; an unknown case is logged and skipped. */
  private void onCase(UUID applicationId, Consumer<ReviewCase> change) {
    cases
        .lock(applicationId)
        .ifPresentOrElse(
            change, () -> log.warn("Hearing event for unknown case {} ignored", applicationId));
  }

  private Instant at(Instant occurredAt) {
    return occurredAt == null ? clock.instant() : occurredAt;
  }

  /** The applicant is notified of the preliminary refusal; the hearing opens. */
  private void notifyPreliminaryRefusal(
      ReviewCase reviewCase,
      List<RefusalGround> grounds,
      Explained reason,
      String by,
      PreliminaryRefusalNotified.Meeting meeting,
      Instant now) {
    Hearing hearing = reviewCase.notifyPreliminaryRefusal(grounds, reason, by, meeting, now);
    UUID applicationId = reviewCase.applicationId();
    audit.record(
        applicationId,
        Action.PRELIMINARY_REFUSAL,
        by,
        now,
        grounds.stream().map(Enum::name).collect(Collectors.joining(", "))
            + (meeting == null ? "" : "; meeting " + meeting.at() + " at " + meeting.place()));
    outbox.record(
        new PreliminaryRefusalNotified(
            UUID.randomUUID(),
            now,
            applicationId,
            hearing.id(),
            grounds,
            reason.text(),
            hearing.automatic(),
            by,
            meeting,
            reason.inEveryLanguage(),
            reason.findings()));
  }

  /**
   * An officer's decision on a case in review. The case row is locked, so of two officers deciding
   * at once one decides and the other gets the 409 of a decided case.
   */
  @Transactional
  public ReviewCase decide(UUID applicationId, OfficerDecision decision, Signatory.Officer signer) {
    String officer = signer.iin();
    ReviewCase reviewCase =
        cases
            .lock(applicationId)
            .orElseThrow(
                () ->
                    ApiProblem.NOT_FOUND
                        .detail("review-case", applicationId)
                        .with("applicationId", applicationId));
    if (reviewCase.status() == CaseStatus.WITHDRAWN) {
      throw notDecidable(reviewCase, ApiProblem.CASE_WITHDRAWN);
    }
    if (reviewCase.isDecided()) {
      throw notDecidable(reviewCase, ApiProblem.CASE_ALREADY_DECIDED);
    }
    if (reviewCase.status() == CaseStatus.COLLECTING) {
      throw notDecidable(reviewCase, ApiProblem.CASE_NOT_IN_REVIEW);
    }
    if (reviewCase.status() == CaseStatus.HEARING && decision instanceof OfficerDecision.Refuse) {
      Hearing hearing = reviewCase.hearing();
      throw (hearing.answerBy() == null
              ? ApiProblem.HEARING_IN_PROGRESS.detail("open")
              : ApiProblem.HEARING_IN_PROGRESS.detail("until", hearing.answerBy()))
          .with("applicationId", reviewCase.applicationId())
          .with("caseStatus", reviewCase.status())
          .with("answerBy", hearing.answerBy());
    }
    Instant now = clock.instant();
    switch (decision) {
      case OfficerDecision.Approve approve -> {
        QuotaDraw draw =
            quotas.draw(reviewCase.application(), LocalDate.ofInstant(now, Kazakhstan.ZONE));
        if (draw instanceof QuotaDraw.Exceeded exceeded) {
          beyondQuota(reviewCase, exceeded, now);
          return reviewCase;
        }
        reviewCase.approve(officer, approve.specialConditions(), now);
        audit.record(applicationId, Action.APPROVED, officer, now, approve.specialConditions());
        issuer.issue(
            applicationId,
            reviewCase.registrationNumber(),
            reviewCase.application(),
            reviewCase.registeredApplicantName().orElse(null),
            approve.specialConditions(),
            signer,
            (QuotaDraw.Drawn) draw);
        log.info("Application {} approved by an officer", applicationId);
      }
      case OfficerDecision.Refuse refuse when reviewCase.wasHeardOn(refuse.grounds()) -> {
        reviewCase.refuseByOfficer(refuse.grounds(), refuse.reason(), officer, now);
        refused(reviewCase, refuse.grounds(), Explained.byOfficer(refuse.reason()), signer, now);
        log.info(
            "Application {} refused by an officer on {} after the hearing",
            applicationId,
            refuse.grounds());
      }
      case OfficerDecision.Refuse refuse -> {
        notifyPreliminaryRefusal(
            reviewCase,
            refuse.grounds(),
            Explained.byOfficer(refuse.reason()),
            officer,
            refuse.meeting(),
            now);
        log.info(
            "Application {}: an officer intends to refuse on {}, hearing open",
            applicationId,
            refuse.grounds());
      }
    }
    return reviewCase;
  }

  /**
   * An approval a quota of the year cannot take (ADR 0016): the materials do not meet the rules
   * (ground 2), found by the rules, so the applicant is heard first like on any ground the rules
   * find (ADR 0006), the quota named in the explanation. Nothing is issued and nothing taken. A
   * case already heard on ground 2, or in a hearing, gets no second hearing from an approval: the
   * officer is told (409, nothing changes) and refuses or waits for the quota to be raised.
   */
  private void beyondQuota(ReviewCase reviewCase, QuotaDraw.Exceeded exceeded, Instant now) {
    List<RefusalGround> grounds = List.of(RefusalGround.NON_COMPLIANCE);
    ExportQuota quota = exceeded.quota();
    if (reviewCase.status() == CaseStatus.HEARING || reviewCase.wasHeardOn(grounds)) {
      throw (exceeded.reason() == QuotaDraw.Reason.EXHAUSTED
              ? ApiProblem.EXPORT_QUOTA_EXCEEDED.detail(
                  "exhausted",
                  String.valueOf(quota.year()),
                  quota.taxon(),
                  quota.remaining().stripTrailingZeros().toPlainString(),
                  exceeded.requested().stripTrailingZeros().toPlainString())
              : ApiProblem.EXPORT_QUOTA_EXCEEDED.detail(
                  "other-unit", String.valueOf(quota.year()), quota.taxon()))
          .with("applicationId", reviewCase.applicationId())
          .with("quotaId", quota.id())
          .with("requested", exceeded.requested())
          .with("remaining", quota.remaining());
    }
    notifyPreliminaryRefusal(
        reviewCase, grounds, explanations.of(exceeded), ReviewCase.SYSTEM, null, now);
    log.info(
        "Application {}: beyond export quota {} ({} {} {} {}), preliminary refusal on ground 2",
        reviewCase.applicationId(),
        quota.id(),
        quota.year(),
        quota.taxon(),
        quota.sourceCode(),
        quota.termCode());
  }

  /** The detail is the type's {@code problem.<slug>.detail.status}, naming the case's status. */
  private static ProblemException notDecidable(ReviewCase reviewCase, ApiProblem problem) {
    return problem
        .detail("status", reviewCase.status())
        .with("applicationId", reviewCase.applicationId())
        .with("caseStatus", reviewCase.status());
  }

  private void update(
      UUID applicationId,
      Consumer<ReviewCase> input,
      Action action,
      String actor,
      Instant at,
      String detail) {
    cases.createIfAbsent(applicationId);
    ReviewCase reviewCase =
        cases
            .lock(applicationId)
            .orElseThrow(() -> new IllegalStateException("Case " + applicationId + " vanished"));
    if (reviewCase.status() != CaseStatus.COLLECTING) {
      return; // decided, in review or withdrawn: late or repeated inputs change nothing, not even
      // the audit
    }
    input.accept(reviewCase);
    audit.record(applicationId, action, actor, at == null ? clock.instant() : at, detail);
    if (reviewCase.readyForDecision()) {
      decideAutomatically(reviewCase);
    }
  }

  private void decideAutomatically(ReviewCase reviewCase) {
    ApplicationSnapshot application = reviewCase.application();
    Decision decision =
        policy.decide(
            new DecisionInputs(
                application.personalDataConsent(),
                // none yet when the duty was rejected before the checks completed
                reviewCase.checks() == null ? List.of() : reviewCase.checks().all(),
                reviewCase.feeOutcome(),
                reviewCase.feeRejection(),
                reviewCase.feeAmount(),
                reviewCase.feePaid()));
    Instant now = clock.instant();
    UUID applicationId = reviewCase.applicationId();
    switch (decision) {
      case Decision.Refuse refuse -> {
        notifyPreliminaryRefusal(
            reviewCase, refuse.grounds(), explanations.of(refuse), ReviewCase.SYSTEM, null, now);
        log.info(
            "Application {}: preliminary refusal on {}, hearing open",
            applicationId,
            refuse.grounds());
      }
      case Decision.NotAccept notAccept -> {
        Explained reason = explanations.of(notAccept);
        reviewCase.notAccept(reason, now);
        audit.record(
            applicationId,
            Action.NOT_ACCEPTED,
            AuditTrail.SYSTEM,
            now,
            "Duty " + notAccept.duty() + ": package incomplete");
        outbox.record(
            new ApplicationNotAccepted(
                UUID.randomUUID(),
                now,
                applicationId,
                notAccept.duty(),
                reason.text(),
                reason.inEveryLanguage()));
        log.info("Application {} not accepted: duty {}", applicationId, notAccept.duty());
      }
      case Decision.OpenForReview open -> {
        reviewCase.open();
        audit.record(
            applicationId,
            Action.OPENED_FOR_REVIEW,
            AuditTrail.SYSTEM,
            now,
            "Due " + reviewCase.dueAt());
        outbox.record(
            new ReviewCaseOpened(UUID.randomUUID(), now, applicationId, reviewCase.dueAt()));
        if (properties.autoApproval()) {
          // Demo and local-stack policy: no officer in the loop, approve what has no ground.
          QuotaDraw draw = quotas.draw(application, LocalDate.ofInstant(now, Kazakhstan.ZONE));
          if (draw instanceof QuotaDraw.Exceeded exceeded) {
            beyondQuota(reviewCase, exceeded, now);
            return;
          }
          reviewCase.approve(ReviewCase.SYSTEM, null, now);
          audit.record(applicationId, Action.APPROVED, AuditTrail.SYSTEM, now, "auto-approval");
          issuer.issue(
              applicationId,
              reviewCase.registrationNumber(),
              application,
              reviewCase.registeredApplicantName().orElse(null),
              null,
              Signatory.authority(),
              (QuotaDraw.Drawn) draw);
        }
      }
    }
  }

  /** Signs the refusal, records it and announces it. */
  private void refused(
      ReviewCase reviewCase,
      List<RefusalGround> grounds,
      Explained reason,
      Signatory signatory,
      Instant now) {
    boolean automatic = signatory instanceof Signatory.Authority;
    UUID applicationId = reviewCase.applicationId();
    reviewCase.attachRefusalDocument(
        signer.sign(
            applicationId,
            refusalDocument(reviewCase, grounds, reason, signatory, now),
            DocumentSigner.REFUSAL_TYPE,
            signatory));
    audit.record(
        applicationId,
        Action.REFUSED,
        reviewCase.decidedBy(),
        now,
        grounds.stream().map(Enum::name).collect(Collectors.joining(", ")));
    outbox.record(
        new ApplicationRefused(
            UUID.randomUUID(),
            now,
            applicationId,
            grounds,
            reason.text(),
            automatic,
            reason.inEveryLanguage(),
            reason.findings()));
  }

  /**
   * The refusal as it is signed: codes, names and instants once, and what it says in words in each
   * language of {@link RefusalDocument#LANGUAGES} (the law's texts from {@link RefusalLaw} and
   * {@link AppealRoutes}, the explanation as notified); the first version's members in English.
   */
  private RefusalDocument refusalDocument(
      ReviewCase reviewCase,
      List<RefusalGround> grounds,
      Explained reason,
      Signatory signatory,
      Instant now) {
    ApplicationSnapshot.Applicant applicant = reviewCase.application().applicant();
    Map<String, RefusalDocument.Wording> texts = new LinkedHashMap<>();
    for (String language : RefusalDocument.LANGUAGES) {
      texts.put(
          language,
          new RefusalDocument.Wording(
              authority.name(language),
              law.rules(language),
              grounds.stream()
                  .map(
                      g ->
                          new RefusalDocument.GroundWording(
                              g, g.number(), law.wording(g, language), law.reference(g, language)))
                  .toList(),
              reason.in(language),
              appealRoutes.routes(language),
              appealRoutes.source(language)));
    }
    String rules = law.rules("en");
    return new RefusalDocument(
        RefusalDocument.DOCUMENT_TYPE,
        reviewCase.applicationId(),
        reviewCase.registrationNumber(),
        // the name the registry holds, as on a permit
        reviewCase.registeredApplicantName().map(n -> n.name()).orElse(applicant.name()),
        applicant.iin(),
        applicant.bin(),
        rules,
        grounds.stream()
            .map(
                g ->
                    new RefusalDocument.Ground(
                        g, g.number(), rules + FIRST_VERSION_REFERENCE + g.number()))
            .toList(),
        reason.text(),
        RefusalDocument.HearingHeld.of(reviewCase.hearing()),
        signatory instanceof Signatory.Authority,
        now,
        reviewCase.decidedBy(),
        authority.name(),
        appealRoutes.routes("en"),
        appealRoutes.source("en"),
        reason.findings(),
        signatory instanceof Signatory.Officer officer ? officer.name() : null,
        texts);
  }
}

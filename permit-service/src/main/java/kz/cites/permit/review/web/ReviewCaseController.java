package kz.cites.permit.review.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.CheckResult;
import kz.cites.events.FeeRejected;
import kz.cites.events.PermitType;
import kz.cites.events.PreliminaryRefusalNotified;
import kz.cites.events.RefusalGround;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.review.ReviewCases;
import kz.cites.permit.review.domain.CaseStatus;
import kz.cites.permit.review.domain.FeeOutcome;
import kz.cites.permit.review.domain.Hearing;
import kz.cites.permit.review.domain.OfficerDecision;
import kz.cites.permit.review.domain.ReviewCase;
import kz.cites.permit.review.domain.ReviewCaseRepository;
import kz.cites.permit.signing.Signatory;
import kz.cites.permit.web.ApiProblem;
import kz.cites.permit.web.ApiProblem.BrokenRule;
import kz.cites.permit.web.ProblemResponses;
import kz.cites.permit.web.SigningOfficers;
import kz.cites.web.CurrentUser;
import kz.cites.web.IdempotencyKeys;
import kz.cites.web.IdempotentRequest;
import kz.cites.web.PageView;
import kz.cites.web.Paged;
import kz.cites.web.Paging;
import kz.cites.web.ProblemException;
import kz.cites.web.Texts;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/review/cases")
@Tag(name = "Review", description = "The officer queue and decisions")
class ReviewCaseController {

  private static final int MAX_PAGE_SIZE = 500;

  /** A line of the queue; the flags are computed in Kazakhstan time. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @NullMarked
  record QueueItem(
      UUID applicationId,
      @Nullable String registrationNumber,
      CaseStatus status,
      @Nullable PermitType permitType,
      @Nullable String applicantName,
      @Nullable Instant dueAt,
      @Nullable Instant termEndsAt,
      boolean dueToday,
      boolean overdue,
      @Nullable Instant createdAt) {}

  /** The fee as fee-service reported it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @NullMarked
  record Fee(
      FeeOutcome outcome,
      @Nullable BigDecimal amount,
      @Nullable BigDecimal paid,
      FeeRejected.@Nullable Reason rejection) {}

  /**
   * The decision, once taken: APPROVED (with the permit's number), REFUSED (grounds and reason), or
   * NOT_ACCEPTED (the duty not paid as required by the end of its grace period: a reason, no
   * ground).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @NullMarked
  record DecisionView(
      CaseStatus outcome,
      String decidedBy,
      Instant decidedAt,
      @Nullable String specialConditions,
      @Nullable List<RefusalGround> grounds,
      @Nullable String reason,
      @Nullable String permitNumber) {}

  /** The applicant's withdrawal, when the case ended that way. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @NullMarked
  record WithdrawalView(Instant withdrawnAt, @Nullable String reason) {}

  /**
   * The hearing of a preliminary refusal: the notice (grounds, explanation, by whom, when, any
   * meeting), the deadline, and how it ended (the applicant's position, or lapsed).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @NullMarked
  record HearingView(
      UUID hearingId,
      List<RefusalGround> grounds,
      @Nullable String reason,
      String notifiedBy,
      Instant notifiedAt,
      PreliminaryRefusalNotified.@Nullable Meeting meeting,
      @Nullable Instant answerBy,
      @Nullable Instant decisionDueAt,
      Hearing.@Nullable Answer answer,
      @Nullable Instant lapsedAt) {

    /** {@code language}: the explanation's, when the service wrote it in every language. */
    static @Nullable HearingView of(@Nullable Hearing h, String language) {
      return h == null
          ? null
          : new HearingView(
              h.id(),
              h.grounds(),
              h.explained().in(language),
              h.notifiedBy(),
              h.notifiedAt(),
              h.meeting(),
              h.answerBy(),
              h.decisionDueAt(),
              h.answer(),
              h.lapsedAt());
    }
  }

  /**
   * Everything an officer decides on. {@code dueAt} is the original due instant of the 3 working
   * days; {@code termEndsAt} the end of the term, later when a hearing extended it (the final
   * decision is due the working day after the hearing ends); flags go by the latter.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @NullMarked
  record CaseView(
      UUID applicationId,
      @Nullable String registrationNumber,
      CaseStatus status,
      @Nullable Instant dueAt,
      @Nullable Instant termEndsAt,
      boolean dueToday,
      boolean overdue,
      @Nullable ApplicationSnapshot application,
      @Nullable List<CheckResult> checks,
      @Nullable Fee fee,
      @Nullable HearingView hearing,
      @Nullable DecisionView decision,
      @Nullable WithdrawalView withdrawal) {}

  @io.swagger.v3.oas.annotations.media.Schema(
      name = "DecisionVerdict",
      description = "An officer's verdict on a case: APPROVE or REFUSE")
  enum Verdict {
    APPROVE,
    REFUSE
  }

  /** A meeting the officer invites the applicant to, for the hearing. */
  record MeetingRequest(@NotNull Instant at, @NotBlank @Size(max = 500) String place) {}

  /**
   * {@code APPROVE} with optional special conditions, or {@code REFUSE} with grounds and reason
   * (and, for a preliminary refusal, an optional hearing meeting).
   */
  record DecisionRequest(
      @NotNull Verdict decision,
      @Size(max = 2000) String specialConditions,
      List<RefusalGround> grounds,
      @Size(max = 4000) String reason,
      @Valid MeetingRequest meeting) {}

  private final ReviewCaseRepository cases;
  private final ReviewCases review;
  private final PermitRepository permits;
  private final Clock clock;
  private final Texts texts;
  private final IdempotencyKeys idempotency;

  ReviewCaseController(
      ReviewCaseRepository cases,
      ReviewCases review,
      PermitRepository permits,
      Clock clock,
      Texts texts,
      IdempotencyKeys idempotency) {
    this.cases = cases;
    this.review = review;
    this.permits = permits;
    this.clock = clock;
    this.texts = texts;
    this.idempotency = idempotency;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @ProblemResponses({ApiProblem.VALIDATION})
  @Paged(maxSize = MAX_PAGE_SIZE)
  @Operation(
      operationId = "listReviewCases",
      summary = "The officer queue, earliest due first",
      description =
          "status (default IN_REVIEW); dueBefore as an instant (2026-09-03T12:30:00Z) or a"
              + " Kazakhstan date (2026-09-03 = due before that day starts); a page of at most"
              + " 500 cases. Flags dueToday and overdue are computed in Asia/Almaty.")
  PageView<QueueItem> queue(
      @Parameter(description = "Only cases in this status", example = "IN_REVIEW")
          @RequestParam(defaultValue = "IN_REVIEW")
          CaseStatus status,
      @Parameter(
              description =
                  "Only cases due before this instant or date (ISO 8601, Asia/Almaty for a date)",
              example = "2026-09-04")
          @RequestParam(required = false)
          String dueBefore,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging paging = Paging.of(page, size, MAX_PAGE_SIZE, ApiProblem.BAD_PAGE);
    Instant before = dueBefore == null || dueBefore.isBlank() ? null : instant(dueBefore);
    Pageable cut = paging.pageable(Sort.unsorted()); // the queries say the queue's order
    Page<ReviewCase> found =
        before == null ? cases.queue(status, cut) : cases.queueDueBefore(status, before, cut);
    Instant now = clock.instant();
    return PageView.of(
        found,
        c -> {
          ApplicationSnapshot application = c.application();
          return new QueueItem(
              c.applicationId(),
              c.registrationNumber(),
              c.status(),
              application == null ? null : application.permitType(),
              application == null ? null : application.applicant().name(),
              c.dueAt(),
              c.termEndsAt(),
              c.dueTodayAt(now),
              c.overdueAt(now),
              c.createdAt());
        });
  }

  @GetMapping("/{applicationId}")
  @Transactional(readOnly = true)
  @ProblemResponses({ApiProblem.VALIDATION, ApiProblem.NOT_FOUND})
  @Operation(
      operationId = "getReviewCase",
      summary = "A case: the application, the checks with their evidence, the fee, the decision")
  CaseView byId(
      @Parameter(
              description = "The application id (also the review case's)",
              example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31")
          @PathVariable
          UUID applicationId) {
    ReviewCase c =
        cases
            .findById(applicationId)
            .orElseThrow(
                () ->
                    ApiProblem.NOT_FOUND
                        .detail("review-case", applicationId)
                        .with("applicationId", applicationId));
    return view(c);
  }

  @PostMapping("/{applicationId}/decision")
  @ProblemResponses({
    ApiProblem.VALIDATION,
    ApiProblem.MALFORMED_BODY,
    ApiProblem.NOT_FOUND,
    ApiProblem.OFFICER_SIGNATURE_REFUSED,
    ApiProblem.CASE_ALREADY_DECIDED,
    ApiProblem.CASE_NOT_IN_REVIEW,
    ApiProblem.CASE_WITHDRAWN,
    ApiProblem.HEARING_IN_PROGRESS,
    ApiProblem.EXPORT_QUOTA_EXCEEDED,
    ApiProblem.CONFLICT,
    ApiProblem.IDEMPOTENCY_KEY_IN_USE,
    ApiProblem.IDEMPOTENCY_KEY_REUSED,
    ApiProblem.SIGNATURE_SERVICE_UNAVAILABLE
  })
  @Operation(
      operationId = "decideReviewCase",
      summary = "Decide a case in review (officer)",
      description =
          "APPROVE issues the permit (special conditions go to box 5), from IN_REVIEW or during a"
              + " HEARING. REFUSE needs one or more grounds and a reason: on a case in review whose"
              + " applicant was not yet heard on every ground it is the preliminary decision (the"
              + " case goes to HEARING, the applicant is notified and may answer within 2 working"
              + " days; meeting optionally invites them to a meeting); after the hearing (the"
              + " applicant answered) it is the final refusal. A refusal during an open hearing"
              + " gives 409 hearing-in-progress; a decided case 409 case-already-decided; a case"
              + " still collecting its inputs 409 case-not-in-review; a case the applicant withdrew"
              + " 409 case-withdrawn. An APPROVE of an export that an export quota of the year cannot"
              + " take issues nothing: the case goes to HEARING on ground 2 with the quota named"
              + " (ADR 0016), or, once heard on ground 2 or during a hearing, 409"
              + " export-quota-exceeded. The officer is the token's iin and signs the permit or the"
              + " final refusal with their own EDS through the NCA's remote signing: 503"
              + " signature-service-unavailable when it cannot be had, 403"
              + " officer-signature-refused when the NCA refuses the officer's token; nothing is"
              + " decided then. With an Idempotency-Key a retry after a timeout gets the first"
              + " answer instead of 409 case-already-decided.")
  ResponseEntity<CaseView> decide(
      @Parameter(
              description = "The application id (also the review case's)",
              example = "0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31")
          @PathVariable
          UUID applicationId,
      @Valid @RequestBody DecisionRequest request,
      @RequestHeader(name = IdempotentRequest.HEADER, required = false) String idempotencyKey,
      Authentication authentication) {
    IdempotentRequest once =
        idempotency.request(
            idempotencyKey,
            CurrentUser.of(authentication),
            "decideReviewCase " + applicationId,
            request);
    return idempotency.execute(
        once,
        () -> {
          OfficerDecision decision = decision(request, clock.instant());
          review.decide(applicationId, decision, officer(authentication));
          return ResponseEntity.ok(byId(applicationId));
        });
  }

  /** The officer deciding, who signs what they decide with their own EDS. */
  private static Signatory.Officer officer(Authentication authentication) {
    return SigningOfficers.of(authentication);
  }

  /** The rules bean validation cannot say: what each verdict needs. */
  private static OfficerDecision decision(DecisionRequest request, Instant now) {
    List<BrokenRule> problems = new ArrayList<>();
    List<RefusalGround> grounds = request.grounds() == null ? List.of() : request.grounds();
    if (grounds.stream().anyMatch(java.util.Objects::isNull)) {
      problems.add(BrokenRule.of("grounds", "NotNull", "field.grounds.no-empty"));
    }
    if (request.decision() == Verdict.REFUSE) {
      if (grounds.isEmpty()) {
        problems.add(BrokenRule.of("grounds", "NotEmpty", "field.grounds.refusal-needs"));
      }
      if (request.reason() == null || request.reason().isBlank()) {
        problems.add(BrokenRule.of("reason", "NotBlank", "field.reason.refusal-needs"));
      }
      if (request.specialConditions() != null) {
        problems.add(
            BrokenRule.of("specialConditions", "Null", "field.specialConditions.approval-only"));
      }
      if (request.meeting() != null
          && request.meeting().at() != null
          && !request.meeting().at().isAfter(now)) {
        problems.add(
            BrokenRule.of("meeting.at", "Future", "jakarta.validation.constraints.Future.message"));
      }
    } else {
      if (!grounds.isEmpty()) {
        problems.add(BrokenRule.of("grounds", "Null", "field.grounds.refusal-only"));
      }
      if (request.meeting() != null) {
        problems.add(BrokenRule.of("meeting", "Null", "field.meeting.refusal-only"));
      }
    }
    if (!problems.isEmpty()) {
      throw ApiProblem.invalidFields(problems);
    }
    return request.decision() == Verdict.APPROVE
        ? new OfficerDecision.Approve(blankToNull(request.specialConditions()))
        : new OfficerDecision.Refuse(
            grounds.stream().distinct().toList(),
            request.reason().trim(),
            request.meeting() == null
                ? null
                : new PreliminaryRefusalNotified.Meeting(
                    request.meeting().at(), request.meeting().place().trim()));
  }

  private CaseView view(ReviewCase c) {
    Instant now = clock.instant();
    // an explanation the service wrote is read in the officer's language, an officer's as written
    String language = texts.answerLanguage().tag();
    DecisionView decision =
        c.isDecided()
            ? new DecisionView(
                c.status(),
                c.decidedBy(),
                c.decidedAt(),
                c.specialConditions(),
                c.status() == CaseStatus.REFUSED ? c.refusalGrounds() : null,
                c.explanationIn(language),
                permits.findByApplicationId(c.applicationId()).map(p -> p.number()).orElse(null))
            : null;
    return new CaseView(
        c.applicationId(),
        c.registrationNumber(),
        c.status(),
        c.dueAt(),
        c.termEndsAt(),
        c.dueTodayAt(now),
        c.overdueAt(now),
        c.application(),
        c.checks() == null ? null : c.checks().all(),
        c.feeOutcome() == null
            ? null
            : new Fee(c.feeOutcome(), c.feeAmount(), c.feePaid(), c.feeRejection()),
        HearingView.of(c.hearing(), language),
        decision,
        c.status() == CaseStatus.WITHDRAWN
            ? new WithdrawalView(c.withdrawnAt(), c.withdrawalReason())
            : null);
  }

  /** An instant with offset, or a Kazakhstan date meaning the start of that day. */
  /** The range a due date can sensibly take; beyond it the database and the clock overflow. */
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  private static Instant instant(String value) {
    Instant instant;
    try {
      instant =
          value.contains("T")
              ? OffsetDateTime.parse(value.trim()).toInstant()
              : LocalDate.parse(value.trim()).atStartOfDay(Kazakhstan.ZONE).toInstant();
    } catch (DateTimeException e) {
      throw invalid("dueBefore", "Pattern", "field.dueBefore.format");
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw invalid("dueBefore", "Range", "field.dueBefore.range", 2000, 9999);
    }
    return instant;
  }

  private static ProblemException invalid(
      String field, String rule, String messageKey, Object... args) {
    return ApiProblem.invalidFields(List.of(BrokenRule.of(field, rule, messageKey, args)));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}

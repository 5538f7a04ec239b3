package kz.cites.application.intake.web;

import java.time.Instant;
import java.time.LocalDateTime;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.IntakeRuleViolation;
import kz.cites.application.intake.domain.IntakeRuleViolation.FieldRule;
import kz.cites.application.intake.domain.RequiredDocuments.Requirement;
import kz.cites.application.intake.domain.SignatureRefused;
import kz.cites.application.species.domain.UnknownSpecies;
import kz.cites.application.web.ApiProblem;
import kz.cites.calendar.Kazakhstan;
import kz.cites.web.ProblemException;
import kz.cites.web.Text;
import kz.cites.web.Texts;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The intake rules as problem details, each with a stable type (ahead of the shared handler), in
 * the caller's language: the rule names its detail, the bundles word it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeProblems {

  /** When to try a submission again after the NCA's OCSP responder could not answer. */
  private static final String REVOCATION_RETRY_AFTER_SECONDS = "30";

  private final Texts texts;

  IntakeProblems(Texts texts) {
    this.texts = texts;
  }

  @ExceptionHandler(IntakeRuleViolation.class)
  ResponseEntity<ProblemDetail> on(IntakeRuleViolation violation) {
    ProblemException problem = toProblem(violation);
    if (violation.field() != null) {
      problem.with("field", violation.field());
    }
    switch (violation.rule()) {
      case INVALID_CONTENT ->
          violation.details().stream()
              .map(FieldRule.class::cast)
              .forEach(
                  f ->
                      problem.withError(
                          f.field(), f.rule(), Text.of(f.message(), f.args().toArray())));
      case INCOMPLETE ->
          problem.with(
              "missing",
              violation.details().stream()
                  .map(Requirement.class::cast)
                  .map(this::inWords)
                  .toList());
      case APPENDIX_I_COMMERCIAL_IMPORT, RE_EXPORT_REQUIRED ->
          problem.with("specimens", violation.details());
      default -> {}
    }
    violation.members().forEach(problem::with);
    if (violation instanceof SignatureRefused refused) {
      problem.with("reason", refused.reason().name());
      refused.facts().forEach(problem::with);
    }
    var answer = ResponseEntity.status(problem.status());
    if (violation.rule() == IntakeRuleViolation.Rule.REVOCATION_STATUS_UNAVAILABLE) {
      answer.header(HttpHeaders.RETRY_AFTER, REVOCATION_RETRY_AFTER_SECONDS);
    }
    return answer.body(problem.toProblemDetail(texts));
  }

  /** Specimen names that are no CITES-listed animal: each with its field and closest names. */
  @ExceptionHandler(UnknownSpecies.class)
  ResponseEntity<ProblemDetail> on(UnknownSpecies unknown) {
    ProblemException problem =
        unknown.names().size() == 1
            ? ApiProblem.UNKNOWN_SPECIES.detail("one", unknown.names().getFirst().name())
            : ApiProblem.UNKNOWN_SPECIES.detail("several", unknown.names().size());
    return ResponseEntity.unprocessableContent()
        .body(
            problem
                .with("field", unknown.names().getFirst().field())
                .with("species", unknown.names())
                .toProblemDetail(texts));
  }

  /** The container refused a multipart body over the configured limits while reading it. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> on(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(DocumentLimits.tooLarge("upload").toProblemDetail(texts));
  }

  /** A path variable or parameter of the wrong type, e.g. an application id that is no UUID. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> on(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem =
        ApiProblem.INVALID_PARAMETER
            .detail("format", e.getName())
            .with("field", e.getName())
            .toProblemDetail(texts);
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * A multipart upload without its {@code file} part: a missing field like any other (Spring's
   * default would answer a problem without a type of ours).
   */
  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> on(MissingServletRequestPartException e) {
    ProblemDetail problem =
        ApiProblem.VALIDATION
            .detail("fields", 1)
            .withError(
                e.getRequestPartName(), "NotNull", "jakarta.validation.constraints.NotNull.message")
            .toProblemDetail(texts);
    return ResponseEntity.badRequest().body(problem);
  }

  /** The requirement with its reason in the caller's language. */
  private Requirement inWords(Requirement requirement) {
    return requirement.withReason(texts.text("requirement." + requirement.item()));
  }

  private static ProblemException toProblem(IntakeRuleViolation v) {
    Object[] args = v.detailArgs().stream().map(IntakeProblems::shown).toArray();
    return typeOf(v.rule()).detail(v.detail(), args);
  }

  /** A status in words, an instant as the time in Kazakhstan (the texts say so). */
  private static Object shown(Object arg) {
    return switch (arg) {
      case ApplicationStatus status -> Text.of(statusKey(status));
      case Instant instant -> LocalDateTime.ofInstant(instant, Kazakhstan.ZONE);
      case null, default -> arg;
    };
  }

  /** The bundle key of a status's name, e.g. {@code application-status.SUBMITTED}. */
  static String statusKey(ApplicationStatus status) {
    return "application-status." + status.name();
  }

  /** Each intake rule's problem type; the switch has no default, so a new rule needs one. */
  static ApiProblem typeOf(IntakeRuleViolation.Rule rule) {
    return switch (rule) {
      case NOT_FOUND -> ApiProblem.NOT_FOUND;
      case NOT_A_DRAFT -> ApiProblem.APPLICATION_NOT_DRAFT;
      case VERSION_CHANGED -> ApiProblem.PRECONDITION_FAILED;
      case ALREADY_SUBMITTED -> ApiProblem.APPLICATION_ALREADY_SUBMITTED;
      case APPLICANT_MISMATCH -> ApiProblem.APPLICANT_MISMATCH;
      case INVALID_CONTENT -> ApiProblem.VALIDATION;
      case APPENDIX_I_COMMERCIAL_IMPORT -> ApiProblem.APPENDIX_I_COMMERCIAL_IMPORT;
      case RE_EXPORT_REQUIRED -> ApiProblem.RE_EXPORT_REQUIRED;
      case INCOMPLETE -> ApiProblem.INCOMPLETE_APPLICATION;
      case UNSUPPORTED_DOCUMENT -> ApiProblem.UNSUPPORTED_DOCUMENT_FORMAT;
      case EMPTY_DOCUMENT -> ApiProblem.EMPTY_DOCUMENT;
      case INVALID_SIGNATURE -> ApiProblem.INVALID_SIGNATURE;
      case CERTIFICATE_EXPIRED -> ApiProblem.CERTIFICATE_EXPIRED;
      case CERTIFICATE_NOT_YET_VALID -> ApiProblem.CERTIFICATE_NOT_YET_VALID;
      case CERTIFICATE_REVOKED -> ApiProblem.CERTIFICATE_REVOKED;
      case REVOCATION_STATUS_UNAVAILABLE -> ApiProblem.REVOCATION_STATUS_UNAVAILABLE;
      case ALREADY_DECIDED -> ApiProblem.APPLICATION_DECIDED;
      case WITHDRAWN -> ApiProblem.APPLICATION_WITHDRAWN;
      case CALENDAR_UNAVAILABLE -> ApiProblem.CALENDAR_UNAVAILABLE;
      case NO_OPEN_HEARING -> ApiProblem.NO_OPEN_HEARING;
      case HEARING_ALREADY_ANSWERED -> ApiProblem.HEARING_ALREADY_ANSWERED;
      case HEARING_DEADLINE_PASSED -> ApiProblem.HEARING_DEADLINE_PASSED;
      case UNKNOWN_DOCUMENT -> ApiProblem.UNKNOWN_DOCUMENT;
    };
  }
}

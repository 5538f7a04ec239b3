package kz.cites.application.intake.web;

import kz.cites.application.intake.domain.IntakeRuleViolation;
import kz.cites.application.species.domain.UnknownSpecies;
import kz.cites.web.ProblemException;
import kz.cites.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The intake rules as problem details, each with a stable type (ahead of the shared handler). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeProblems {

  @ExceptionHandler(IntakeRuleViolation.class)
  ResponseEntity<ProblemDetail> on(IntakeRuleViolation violation) {
    ProblemException problem = toProblem(violation);
    if (violation.field() != null) {
      problem.with("field", violation.field());
    }
    switch (violation.rule()) {
      case INVALID_CONTENT -> problem.with("errors", violation.details());
      case INCOMPLETE -> problem.with("missing", violation.details());
      case APPENDIX_I_COMMERCIAL_IMPORT -> problem.with("specimens", violation.details());
      case INVALID_SIGNATURE -> problem.with("reason", violation.details().getFirst());
      default -> {}
    }
    return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
  }

  /** Specimen names that are no CITES-listed animal: each with its field and closest names. */
  @ExceptionHandler(UnknownSpecies.class)
  ResponseEntity<ProblemDetail> on(UnknownSpecies unknown) {
    ProblemDetail problem =
        ProblemException.unprocessable("unknown-species", "Unknown species", unknown.getMessage())
            .with("field", unknown.names().getFirst().field())
            .with("species", unknown.names())
            .toProblemDetail();
    return ResponseEntity.unprocessableContent().body(problem);
  }

  /** The container refused a multipart body over the configured limits while reading it. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> on(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(DocumentLimits.tooLarge("The upload exceeds the size limit").toProblemDetail());
  }

  /** A path variable or parameter of the wrong type, e.g. an application id that is no UUID. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> on(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem =
        new ProblemException(
                HttpStatus.BAD_REQUEST,
                Problems.type("invalid-parameter"),
                "Invalid parameter",
                e.getName() + " has the wrong format")
            .with("field", e.getName())
            .toProblemDetail();
    return ResponseEntity.badRequest().body(problem);
  }

  private static ProblemException toProblem(IntakeRuleViolation v) {
    return switch (v.rule()) {
      case NOT_FOUND ->
          new ProblemException(
              HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", v.getMessage());
      case NOT_A_DRAFT ->
          ProblemException.conflict("application-not-draft", "Not a draft", v.getMessage());
      case ALREADY_SUBMITTED ->
          ProblemException.conflict(
              "application-already-submitted", "Already submitted", v.getMessage());
      case APPLICANT_MISMATCH ->
          new ProblemException(
              HttpStatus.FORBIDDEN,
              Problems.type("applicant-mismatch"),
              "Not your application",
              v.getMessage());
      case INVALID_CONTENT ->
          new ProblemException(
              HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request", v.getMessage());
      case APPENDIX_I_COMMERCIAL_IMPORT ->
          ProblemException.unprocessable(
              "appendix-i-commercial-import",
              "Appendix I specimens cannot be imported for commercial purposes",
              v.getMessage());
      case INCOMPLETE ->
          ProblemException.unprocessable(
              "incomplete-application", "Incomplete application", v.getMessage());
      case UNSUPPORTED_DOCUMENT ->
          new ProblemException(
              HttpStatus.UNSUPPORTED_MEDIA_TYPE,
              Problems.type("unsupported-document-format"),
              "Unsupported document format",
              v.getMessage());
      case EMPTY_DOCUMENT ->
          new ProblemException(
              HttpStatus.BAD_REQUEST,
              Problems.type("empty-document"),
              "Empty document",
              v.getMessage());
      case INVALID_SIGNATURE ->
          ProblemException.unprocessable("invalid-signature", "Invalid signature", v.getMessage());
      case ALREADY_DECIDED ->
          ProblemException.conflict(
              "application-decided", "Application already decided", v.getMessage());
      case WITHDRAWN ->
          ProblemException.conflict(
              "application-withdrawn", "Application withdrawn", v.getMessage());
      case CALENDAR_UNAVAILABLE ->
          new ProblemException(
              HttpStatus.SERVICE_UNAVAILABLE,
              Problems.type("calendar-unavailable"),
              "Working-day calendar not available",
              "The term cannot be computed yet; please try again later. " + v.getMessage());
    };
  }
}

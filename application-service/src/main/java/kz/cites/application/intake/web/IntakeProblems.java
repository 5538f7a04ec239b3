package kz.cites.application.intake.web;

import kz.cites.application.intake.domain.IntakeRuleViolation;
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
    return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
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
      case CALENDAR_UNAVAILABLE ->
          new ProblemException(
              HttpStatus.SERVICE_UNAVAILABLE,
              Problems.type("calendar-unavailable"),
              "Working-day calendar not available",
              "The term cannot be computed yet; please try again later. " + v.getMessage());
    };
  }
}

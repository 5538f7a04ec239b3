package kz.cites.application.calendar.web;

import java.util.List;
import kz.cites.application.calendar.domain.CalendarRuleViolation;
import kz.cites.application.web.ApiProblem;
import kz.cites.web.ProblemException;
import kz.cites.web.ProblemHandler.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The calendar rules as problem details, each with a stable type. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblems {

  @ExceptionHandler(CalendarRuleViolation.class)
  ResponseEntity<ProblemDetail> on(CalendarRuleViolation violation) {
    ProblemException problem =
        switch (violation.rule()) {
          case INVALID_FIELD ->
              ApiProblem.VALIDATION
                  .exception(violation.getMessage())
                  .with(
                      "errors",
                      List.of(
                          new FieldProblem(violation.field(), "Invalid", violation.getMessage())));
          case DAY_IN_PAST -> ApiProblem.CALENDAR_DAY_IN_PAST.exception(violation.getMessage());
          case YEAR_UNAVAILABLE ->
              ApiProblem.CALENDAR_YEAR_UNAVAILABLE.exception(violation.getMessage());
          case BUNDLED_DAY -> ApiProblem.CALENDAR_DAY_BUNDLED.exception(violation.getMessage());
          case NOT_MARKED -> ApiProblem.NOT_FOUND.exception(violation.getMessage());
        };
    if (violation.field() != null) {
      problem.with("field", violation.field());
    }
    return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
  }
}

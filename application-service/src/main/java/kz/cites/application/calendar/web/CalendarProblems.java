package kz.cites.application.calendar.web;

import java.util.List;
import kz.cites.application.calendar.domain.CalendarRuleViolation;
import kz.cites.web.ProblemException;
import kz.cites.web.ProblemHandler.FieldProblem;
import kz.cites.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
              new ProblemException(
                      HttpStatus.BAD_REQUEST,
                      Problems.VALIDATION,
                      "Invalid request",
                      violation.getMessage())
                  .with(
                      "errors",
                      List.of(
                          new FieldProblem(violation.field(), "Invalid", violation.getMessage())));
          case DAY_IN_PAST ->
              ProblemException.unprocessable(
                  "calendar-day-in-past", "Day not in the future", violation.getMessage());
          case YEAR_UNAVAILABLE ->
              ProblemException.unprocessable(
                  "calendar-year-unavailable", "No calendar for the year", violation.getMessage());
          case BUNDLED_DAY ->
              ProblemException.conflict(
                  "calendar-day-bundled", "Bundled calendar day", violation.getMessage());
          case NOT_MARKED ->
              new ProblemException(
                  HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", violation.getMessage());
        };
    if (violation.field() != null) {
      problem.with("field", violation.field());
    }
    return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
  }
}

package kz.cites.application.calendar.web;

import kz.cites.application.calendar.domain.CalendarRuleViolation;
import kz.cites.application.web.ApiProblem;
import kz.cites.web.ProblemException;
import kz.cites.web.Text;
import kz.cites.web.Texts;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The calendar rules as problem details, each with a stable type, in the caller's language. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblems {

  private final Texts texts;

  CalendarProblems(Texts texts) {
    this.texts = texts;
  }

  @ExceptionHandler(CalendarRuleViolation.class)
  ResponseEntity<ProblemDetail> on(CalendarRuleViolation violation) {
    Object[] args = violation.detailArgs().toArray();
    ProblemException problem =
        switch (violation.rule()) {
          case INVALID_FIELD -> {
            Text message = Text.of("field.calendar." + violation.detail(), args);
            yield ApiProblem.VALIDATION
                .detail("field", violation.field(), message)
                .withError(violation.field(), "Invalid", message);
          }
          case DAY_IN_PAST -> ApiProblem.CALENDAR_DAY_IN_PAST.detail(violation.detail(), args);
          case YEAR_UNAVAILABLE ->
              ApiProblem.CALENDAR_YEAR_UNAVAILABLE.detail(violation.detail(), args);
          case BUNDLED_DAY -> ApiProblem.CALENDAR_DAY_BUNDLED.detail(violation.detail(), args);
          case NOT_MARKED -> ApiProblem.NOT_FOUND.detail(violation.detail(), args);
        };
    if (violation.field() != null) {
      problem.with("field", violation.field());
    }
    return ResponseEntity.status(problem.status()).body(problem.toProblemDetail(texts));
  }
}

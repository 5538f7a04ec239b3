package kz.cites.fee.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad or missing path and query parameters as validation problems that name the parameter, in the
 * same shape as the shared handler's body validation errors (the default answer names no field).
 */
@RestControllerAdvice(basePackages = "kz.cites.fee")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterProblems {

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> onTypeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
    return invalid(e.getName(), "TypeMismatch", e.getName() + " must be " + expected);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> onMissing(MissingServletRequestParameterException e) {
    return invalid(e.getParameterName(), "NotNull", e.getParameterName() + " is required");
  }

  private static String describe(Class<?> type) {
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "a date as YYYY-MM-DD";
      case "UUID" -> "a UUID";
      default -> "a valid " + type.getSimpleName();
    };
  }

  private static ResponseEntity<ProblemDetail> invalid(String field, String rule, String message) {
    return ResponseEntity.badRequest()
        .body(ApiProblem.invalidField(field, rule, message, message).toProblemDetail());
  }
}

package kz.cites.fee.web;

import kz.cites.web.Texts;
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

  private final Texts texts;

  ParameterProblems(Texts texts) {
    this.texts = texts;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> onTypeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == null ? "?" : describe(e.getRequiredType());
    return invalid(e.getName(), "TypeMismatch", "constraint.TypeMismatch", expected);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> onMissing(MissingServletRequestParameterException e) {
    return invalid(
        e.getParameterName(), "NotNull", "jakarta.validation.constraints.NotNull.message");
  }

  private static String describe(Class<?> type) {
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "YYYY-MM-DD";
      default -> type.getSimpleName();
    };
  }

  private ResponseEntity<ProblemDetail> invalid(
      String field, String rule, String messageKey, Object... args) {
    return ResponseEntity.badRequest()
        .body(ApiProblem.invalidField(field, rule, messageKey, args).toProblemDetail(texts));
  }
}

package kz.cites.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error of every service as an RFC 9457 problem detail, its title, detail and field messages
 * in the caller's language ({@link Texts}). Validation errors list each field with the rule it
 * broke; unexpected failures answer 500 without internals (the log has them).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE) // the fallback: a service's own handlers come first
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  /** The bundle key of the message of a request parameter of the wrong type. */
  static final String TYPE_MISMATCH = "constraint.TypeMismatch";

  /** The bundle key of the message of a missing parameter: bean validation's NotNull. */
  static final String REQUIRED = "jakarta.validation.constraints.NotNull.message";

  private final Texts texts;

  public ProblemHandler(Texts texts) {
    this.texts = texts;
  }

  /** One broken rule: the JSON path of the field, the constraint's name and a readable message. */
  public record FieldProblem(String field, String rule, String message) {}

  @ExceptionHandler(ProblemException.class)
  ResponseEntity<ProblemDetail> onProblem(ProblemException e) {
    return ResponseEntity.status(e.status()).body(e.toProblemDetail(texts));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> onConstraintViolation(ConstraintViolationException e) {
    List<FieldProblem> errors =
        e.getConstraintViolations().stream()
            .map(
                v ->
                    new FieldProblem(
                        v.getPropertyPath().toString(),
                        v.getConstraintDescriptor()
                            .getAnnotation()
                            .annotationType()
                            .getSimpleName(),
                        v.getMessage()))
            .sorted(Comparator.comparing(FieldProblem::field))
            .toList();
    return ResponseEntity.badRequest().body(validationProblem(errors));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                (FieldError f) ->
                    new FieldProblem(f.getField(), f.getCode(), f.getDefaultMessage()))
            .sorted(Comparator.comparing(FieldProblem::field))
            .toList();
    return ResponseEntity.badRequest().body(validationProblem(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY, Text.of(detailKey("malformed-body")));
    jsonPath(e).ifPresent(field -> problem.setProperty("field", field));
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * The JSON path of the value the body could not be read at, e.g. {@code specimens[0].takenOn},
   * when the parser knows it (a wrong type, a duplicate key, a date that is no date).
   */
  static Optional<String> jsonPath(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : jackson.getPath()) {
          if (step.getPropertyName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
          } else if (step.getIndex() >= 0) {
            path.append('[').append(step.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(path.toString());
      }
    }
    return Optional.empty();
  }

  /** A path variable or parameter of the wrong type, e.g. an id that is not a UUID. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
    String expected = e.getRequiredType() != null ? e.getRequiredType().getSimpleName() : "?";
    return ResponseEntity.badRequest()
        .body(
            validationProblem(
                List.of(
                    new FieldProblem(field, "TypeMismatch", texts.text(TYPE_MISMATCH, expected)))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            validationProblem(
                List.of(new FieldProblem(e.getParameterName(), "NotNull", texts.text(REQUIRED)))));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        problem(
            HttpStatus.CONTENT_TOO_LARGE,
            Problems.type("too-large"),
            Text.of(detailKey("too-large")));
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
  }

  /** A multipart body that cannot be parsed (truncated, no boundary): the client's fault. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> onBrokenMultipart(MultipartException e) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            Problems.MALFORMED_BODY,
            Text.of(detailKey("malformed-body") + ".multipart"));
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * Two requests changed the same thing at once (optimistic lock), or a request would duplicate a
   * unique fact: nothing was changed by this one; the client may reload and retry.
   */
  @ExceptionHandler({
    OptimisticLockingFailureException.class,
    DataIntegrityViolationException.class
  })
  ResponseEntity<ProblemDetail> onConflict(RuntimeException e) {
    log.info("Conflicting request: {}", e.toString());
    ProblemDetail problem =
        problem(HttpStatus.CONFLICT, Problems.CONFLICT, Text.of(detailKey("conflict")));
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> onUnexpected(Exception e) {
    log.error("Unexpected failure", e);
    ProblemDetail problem =
        problem(
            HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL, Text.of(detailKey("internal")));
    return ResponseEntity.internalServerError().body(problem);
  }

  /**
   * What Spring MVC refuses before any controller runs (an unknown path, another method, a body
   * type the operation does not consume, an Accept it cannot produce) gets a stable type too, so
   * that every error a client sees can be switched on; Spring would send {@code about:blank} and an
   * English text. The title and detail are the type's, in the caller's language (the {@code Allow}
   * and {@code Accept} headers Spring adds name what the operation takes).
   */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      switch (status.value()) {
        case 404 -> typed(problem, Problems.NOT_FOUND);
        case 405 -> typed(problem, Problems.METHOD_NOT_ALLOWED);
        case 406 -> typed(problem, Problems.NOT_ACCEPTABLE);
        case 415 -> typed(problem, Problems.UNSUPPORTED_MEDIA_TYPE);
        default -> {}
      }
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  private void typed(ProblemDetail problem, URI type) {
    String slug = slug(type);
    problem.setType(type);
    problem.setTitle(texts.text(ProblemType.titleKey(slug)));
    problem.setDetail(texts.text(ProblemType.detailKey(slug)));
  }

  private ProblemDetail validationProblem(List<FieldProblem> errors) {
    ProblemDetail problem =
        problem(
            HttpStatus.BAD_REQUEST,
            Problems.VALIDATION,
            Text.of(detailKey("validation") + ".fields", errors.size()));
    problem.setProperties(Map.of("errors", errors));
    return problem;
  }

  /** A problem of one of platform/web's own types, in the caller's language. */
  private ProblemDetail problem(HttpStatus status, URI type, Text detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, texts.text(detail));
    problem.setType(type);
    problem.setTitle(texts.text(ProblemType.titleKey(slug(type))));
    return problem;
  }

  private static String detailKey(String slug) {
    return ProblemType.detailKey(slug);
  }

  private static String slug(URI type) {
    return type.toString().substring(Problems.BASE.length());
  }
}

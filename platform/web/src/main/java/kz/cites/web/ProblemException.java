package kz.cites.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.cites.web.ProblemHandler.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A rule the request broke, answered as an RFC 9457 problem detail. Services build it from their
 * catalogue ({@link ProblemType#exception()}, {@link ProblemType#detail}) and throw it; {@link
 * ProblemHandler} writes it in the caller's language. The message (for logs) is the detail's key
 * and arguments, never a text of one language.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType problemType;
  private final Text detail;
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final List<FieldError> errors = new ArrayList<>();

  private static final java.util.Set<String> RESERVED =
      java.util.Set.of("type", "title", "status", "detail", "instance");

  /** One broken rule of a field, its message still to be written in the caller's language. */
  private record FieldError(String field, String rule, Text message) {}

  ProblemException(ProblemType problemType, Text detail) {
    super(detail.key() + " " + detail.args());
    this.problemType = problemType;
    this.detail = detail;
  }

  /**
   * Adds an extension member, e.g. the field concerned. RFC 9457's own members cannot be one: a
   * second {@code status} (a case's or permit's status) would clash with the HTTP status.
   */
  public ProblemException with(String name, Object value) {
    if (RESERVED.contains(name)) {
      throw new IllegalArgumentException(
          "\"" + name + "\" is a member of every problem; name the extension for what it is");
    }
    properties.put(name, value);
    return this;
  }

  /**
   * Adds a broken rule to the {@code errors[]} member: the field's JSON path, the rule's name and
   * the bundle key of its message (with arguments), as bean validation reports a field.
   */
  public ProblemException withError(String field, String rule, String messageKey, Object... args) {
    return withError(field, rule, Text.of(messageKey, args));
  }

  /** Adds a broken rule to {@code errors[]} whose message is {@code message}. */
  public ProblemException withError(String field, String rule, Text message) {
    errors.add(new FieldError(field, rule, message));
    return this;
  }

  /** The problem in the caller's language. */
  public ProblemDetail toProblemDetail(Texts texts) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(), texts.text(detail));
    problem.setType(type());
    problem.setTitle(texts.text(problemType.titleKey()));
    properties.forEach(problem::setProperty);
    if (!errors.isEmpty()) {
      problem.setProperty(
          "errors",
          errors.stream()
              .map(e -> new FieldProblem(e.field(), e.rule(), texts.text(e.message())))
              .toList());
    }
    return problem;
  }

  public HttpStatus status() {
    return problemType.status();
  }

  public URI type() {
    return problemType.type();
  }

  /** The detail's key and arguments. */
  public Text detail() {
    return detail;
  }
}

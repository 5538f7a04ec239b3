package kz.cites.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A rule the request broke, answered as an RFC 9457 problem detail. Services throw it (or a
 * subclass) from their domain and web layers; {@link ProblemHandler} writes it.
 */
public class ProblemException extends RuntimeException {

  private final HttpStatus status;
  private final URI type;
  private final String title;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  private static final java.util.Set<String> RESERVED =
      java.util.Set.of("type", "title", "status", "detail", "instance");

  public ProblemException(HttpStatus status, URI type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(
        HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", what + " not found");
  }

  public static ProblemException conflict(String slug, String title, String detail) {
    return new ProblemException(HttpStatus.CONFLICT, Problems.type(slug), title, detail);
  }

  public static ProblemException unprocessable(String slug, String title, String detail) {
    return new ProblemException(
        HttpStatus.UNPROCESSABLE_CONTENT, Problems.type(slug), title, detail);
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

  public ProblemDetail toProblemDetail() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
    problem.setType(type);
    problem.setTitle(title);
    properties.forEach(problem::setProperty);
    return problem;
  }

  public HttpStatus status() {
    return status;
  }
}

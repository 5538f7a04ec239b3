package kz.cites.simulator.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Stable problem types (RFC 9457) of the simulator and a factory for the exceptions that carry
 * them.
 */
public final class Problems {

  private static final String BASE = "https://cites.kz/problems/simulator/";

  public static final URI VALIDATION = URI.create(BASE + "validation");
  public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
  public static final URI UNKNOWN_PERSONA = URI.create(BASE + "unknown-persona");
  public static final URI ROLE_NOT_ALLOWED = URI.create(BASE + "role-not-allowed");
  public static final URI NOT_ACTING_FOR_COMPANY = URI.create(BASE + "not-acting-for-company");
  public static final URI UNKNOWN_REGISTRY = URI.create(BASE + "unknown-registry");
  public static final URI NOT_FOUND = URI.create(BASE + "not-found");
  public static final URI INVALID_CSR = URI.create(BASE + "invalid-csr");
  public static final URI UNKNOWN_LEGAL_ENTITY = URI.create(BASE + "unknown-legal-entity");
  public static final URI INVALID_TOKEN = URI.create(BASE + "invalid-token");

  private Problems() {}

  /** A field-level error as the problem's {@code errors} member lists it. */
  public record FieldError(String field, String message) {}

  /**
   * A problem about one request member.
   *
   * @param field the request member at fault, reported as the {@code field} property; may be null
   */
  public static ErrorResponseException of(
      HttpStatus status, URI type, String title, String field, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    if (field != null) {
      problem.setProperty("field", field);
    }
    return new ErrorResponseException(status, problem, null);
  }

  /** 400 naming the offending field, same shape as a bean-validation failure. */
  public static ErrorResponseException invalidField(String field, String message) {
    return new ErrorResponseException(
        HttpStatus.BAD_REQUEST, validation(List.of(new FieldError(field, message))), null);
  }

  public static ProblemDetail validation(List<FieldError> errors) {
    String detail =
        String.join(
            "; ", errors.stream().map(error -> error.field() + ": " + error.message()).toList());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(VALIDATION);
    problem.setTitle("Invalid request");
    problem.setProperty(
        "errors",
        errors.stream()
            .map(error -> Map.of("field", error.field(), "message", error.message()))
            .toList());
    return problem;
  }
}

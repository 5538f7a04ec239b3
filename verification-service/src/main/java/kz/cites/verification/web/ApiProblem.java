package kz.cites.verification.web;

import java.net.URI;
import kz.cites.web.ProblemSpec;
import kz.cites.web.ProblemType;
import kz.cites.web.Problems;
import org.springframework.http.HttpStatus;

/**
 * Every problem type verification-service answers, in one place: its type URI, HTTP status, title
 * and when it happens. The service builds its own problems from here; the shared ones of
 * platform/web (unauthenticated, forbidden, malformed body, ...) come with the titles that platform
 * sends.
 */
public enum ApiProblem implements ProblemType {
  VALIDATION(
      Problems.VALIDATION,
      HttpStatus.BAD_REQUEST,
      "Invalid request",
      "A path variable breaks its format: the application id is no UUID. field names it."),
  UNAUTHENTICATED(
      Problems.UNAUTHENTICATED,
      HttpStatus.UNAUTHORIZED,
      "Authentication required",
      "No bearer token, or one that is expired or not signed by the identity provider."),
  FORBIDDEN(
      Problems.FORBIDDEN,
      HttpStatus.FORBIDDEN,
      "Forbidden",
      "The evidence of the checks is for officers and operators only."),
  NOT_FOUND(
      Problems.NOT_FOUND,
      HttpStatus.NOT_FOUND,
      "Not found",
      "No verification of this application (not submitted, or its submission not consumed yet).");

  private final ProblemSpec spec;

  ApiProblem(URI type, HttpStatus status, String title, String when) {
    this.spec = new ProblemSpec(type, status, title, when);
  }

  @Override
  public ProblemSpec spec() {
    return spec;
  }

  @Override
  public String exampleMembers() {
    return switch (this) {
      case VALIDATION ->
          """
          {"field": "applicationId", "errors": [{"field": "applicationId",
            "rule": "TypeMismatch", "message": "must be a UUID"}]}
          """;
      case NOT_FOUND -> "{\"applicationId\": \"0b9e6a52-4c1f-4f8e-9d4a-2f7c1e5b8a31\"}";
      default -> "{}";
    };
  }
}

package kz.cites.gateway.problem;

import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The stable problem type, title and detail of a bare HTTP status (in the caller's language from
 * the gateway's bundle, English as fallback), for what the gateway refuses before a route answers.
 * The same names as platform/web's {@code StatusProblems}, so that a client gets one type for one
 * refusal whether the gateway or a service's own port gave it.
 */
public final class StatusTypes {

  private StatusTypes() {}

  /** The type's last segment for {@code status}, e.g. {@code uri-too-long} for 414. */
  public static String slug(int status) {
    return switch (status) {
      case 400 -> "malformed-request";
      case 401 -> "unauthenticated";
      case 403 -> "forbidden";
      case 413 -> "body-too-large";
      case 414 -> "uri-too-long";
      case 431 -> "headers-too-large";
      case 500 -> "internal";
      default -> {
        HttpStatus known = HttpStatus.resolve(status);
        yield known == null
            ? "http-" + status
            : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      }
    };
  }

  public static String title(int status) {
    return switch (status) {
      case 400 -> "Malformed request";
      case 413 -> "Request body too large";
      case 414 -> "URI too long";
      case 431 -> "Request headers too large";
      case 500 -> "Internal error";
      default -> {
        HttpStatus known = HttpStatus.resolve(status);
        yield known != null ? known.getReasonPhrase() : "HTTP " + status;
      }
    };
  }

  /**
   * The bundle's key of {@link #detail}: {@code problem.<slug>.detail}, {@code
   * problem.upstream.detail} for 5xx ({@code messages*.properties}, {@link ProblemTexts}).
   */
  public static String detailKey(int status) {
    return switch (status) {
      case 413 -> "problem.body-too-large.detail.any";
      default -> status >= 500 ? "problem.upstream.detail" : "problem." + slug(status) + ".detail";
    };
  }

  /** {@link #title} in {@code language}: {@code problem.<slug>.title} of the gateway's bundle. */
  static String title(int status, Locale language) {
    return ProblemTexts.text(language, "problem." + slug(status) + ".title", title(status));
  }

  /** {@link #detail} in {@code language}. */
  static String detail(int status, Locale language) {
    return ProblemTexts.text(language, detailKey(status), detail(status));
  }

  /** What a person may read when nothing more specific is known (English). */
  public static String detail(int status) {
    return switch (status) {
      case 400 ->
          "The request could not be read as HTTP: its request line, path or headers are"
              + " malformed.";
      case 404 -> "No API resource at this path.";
      case 413 -> "The request body is larger than this API accepts.";
      case 414 -> "The request line (method, path and query) is longer than this API accepts.";
      case 431 -> "The request headers are larger than this API accepts.";
      default ->
          status >= 500
              ? "The service behind this path did not answer properly; try again later."
              : title(status) + ".";
    };
  }
}

package kz.cites.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem for a bare HTTP status: what the server (Tomcat, a filter, the firewall) answers
 * before any controller runs, where no service rule gave a type. One stable type per status, the
 * same names the gateway uses for the same refusals.
 */
public final class StatusProblems {

  private StatusProblems() {}

  /** The stable type of {@code status}. */
  public static URI type(int status) {
    return switch (status) {
      case 400 -> Problems.MALFORMED_REQUEST;
      case 401 -> Problems.UNAUTHENTICATED;
      case 403 -> Problems.FORBIDDEN;
      case 404 -> Problems.NOT_FOUND;
      case 405 -> Problems.METHOD_NOT_ALLOWED;
      case 406 -> Problems.NOT_ACCEPTABLE;
      case 413 -> Problems.BODY_TOO_LARGE;
      case 414 -> Problems.URI_TOO_LONG;
      case 415 -> Problems.UNSUPPORTED_MEDIA_TYPE;
      case 431 -> Problems.HEADERS_TOO_LARGE;
      case 500 -> Problems.INTERNAL;
      default -> Problems.type(slug(status));
    };
  }

  /** The status of a stable type of platform/web (the inverse of {@link #type(int)}). */
  public static int statusOf(URI type) {
    for (int status : new int[] {400, 401, 403, 404, 405, 406, 413, 414, 415, 431, 500}) {
      if (type(status).equals(type)) {
        return status;
      }
    }
    if (type.equals(Problems.VALIDATION)
        || type.equals(Problems.MALFORMED_BODY)
        || type.equals(Problems.REQUEST_REJECTED)) {
      return 400;
    }
    if (type.equals(Problems.CONFLICT)) {
      return 409;
    }
    throw new IllegalArgumentException("no status known for " + type);
  }

  /**
   * The bundles for problems written where no bean is at hand (the Tomcat valve, filters before
   * Spring MVC): platform/web's texts, never strict.
   */
  static final Texts TEXTS = new Texts(Texts.bundles(), false);

  /** The title of {@code status} in {@code language}: {@code problem.<slug>.title}. */
  public static String title(int status, Language language) {
    String slug = slug(type(status));
    return KNOWN.contains(slug) ? TEXTS.text(language, ProblemType.titleKey(slug)) : title(status);
  }

  /**
   * What a person may read for {@code status} in {@code language}: {@code problem.<slug>.detail},
   * for 5xx {@code problem.internal.detail}; the English of {@link #detail(int)} for a status
   * without a type of ours.
   */
  public static String detail(int status, Language language) {
    String slug = status >= 500 ? "internal" : slug(type(status));
    if (!KNOWN.contains(slug)) {
      return detail(status);
    }
    return TEXTS.text(language, ProblemType.detailKey(slug));
  }

  /** A problem of {@code status} with its stable type and title in {@code language}. */
  public static ProblemDetail of(int status, Language language) {
    ProblemDetail problem = of(status, detail(status, language));
    if (KNOWN.contains(slug(type(status)))) {
      problem.setTitle(title(status, language));
    }
    return problem;
  }

  /** The types whose texts the bundles hold. */
  private static final java.util.Set<String> KNOWN =
      java.util.Set.of(
          "malformed-request",
          "unauthenticated",
          "forbidden",
          "not-found",
          "method-not-allowed",
          "not-acceptable",
          "body-too-large",
          "uri-too-long",
          "unsupported-media-type",
          "headers-too-large",
          "internal");

  /** The last segment of {@code type}. */
  private static String slug(URI type) {
    return type.toString().substring(Problems.BASE.length());
  }

  /** A problem of {@code status} with its stable type, a title and {@code detail}. */
  public static ProblemDetail of(int status, String detail) {
    HttpStatus known = HttpStatus.resolve(status);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            known != null ? known : HttpStatus.valueOf(status >= 500 ? 500 : 400), detail);
    problem.setStatus(status);
    problem.setType(type(status));
    problem.setTitle(title(status));
    return problem;
  }

  static String title(int status) {
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

  /** What a person may read for {@code status} when nothing more specific is known. */
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
              ? "Something went wrong on our side; nothing was changed."
              : title(status) + ".";
    };
  }

  private static String slug(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null
        ? "http-" + status
        : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}

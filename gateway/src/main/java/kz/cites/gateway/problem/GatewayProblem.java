package kz.cites.gateway.problem;

import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A rejection decided by the gateway itself (limits, unavailable service), carrying the stable
 * problem `type` slug, the detail's text (its key {@code problem.<slug>.detail[.<name>]} in the
 * gateway's bundle, and arguments) and any response headers (e.g. Retry-After). Rendered by {@link
 * StatusProblemHandler} in the caller's language, so it works from any filter without writing the
 * response there.
 */
public class GatewayProblem extends ResponseStatusException {

  private final String slug;
  private final String detail;
  private final Object[] args;
  private final HttpHeaders headers = new HttpHeaders();

  /**
   * @param detail the name of the detail's text ({@code problem.<slug>.detail.<detail>}), or null
   *     for the type's general detail
   */
  public GatewayProblem(HttpStatus status, String slug, String detail, Object... args) {
    super(status, slug + (detail == null ? "" : " " + detail) + " " + Arrays.toString(args));
    this.slug = slug;
    this.detail = detail;
    this.args = args.clone();
  }

  /** The bundle key of the detail. */
  String detailKey() {
    return "problem." + slug + ".detail" + (detail == null ? "" : "." + detail);
  }

  Object[] args() {
    return args.clone();
  }

  public GatewayProblem withHeader(String name, String value) {
    headers.set(name, value);
    return this;
  }

  String slug() {
    return slug;
  }

  @Override
  public HttpHeaders getHeaders() {
    return headers;
  }
}

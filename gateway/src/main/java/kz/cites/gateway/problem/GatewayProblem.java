package kz.cites.gateway.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A rejection decided by the gateway itself (limits, unavailable service), carrying the stable
 * problem `type` slug and any response headers (e.g. Retry-After). Rendered by {@link
 * StatusProblemHandler}, so it works from any filter without writing the response there.
 */
public class GatewayProblem extends ResponseStatusException {

  private final String slug;
  private final HttpHeaders headers = new HttpHeaders();

  public GatewayProblem(HttpStatus status, String slug, String detail) {
    super(status, detail);
    this.slug = slug;
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

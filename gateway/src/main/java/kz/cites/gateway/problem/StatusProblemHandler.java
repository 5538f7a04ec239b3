package kz.cites.gateway.problem;

import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns the gateway's own 4xx/5xx status errors (no route: 404, downstream unreachable: 503,
 * downstream too slow: 504, ...) into problem details. Runs before Boot's error handler (order -1);
 * anything that is not a status error is left to Boot.
 */
@Component
@Order(-2)
class StatusProblemHandler implements WebExceptionHandler {

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (!(ex instanceof ErrorResponse error) || exchange.getResponse().isCommitted()) {
      return Mono.error(ex);
    }
    HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
    if (status == null) {
      return Mono.error(ex);
    }
    if (ex instanceof GatewayProblem problem) {
      exchange.getResponse().getHeaders().putAll(problem.getHeaders());
      return Problems.write(
          exchange,
          status,
          problem.slug(),
          problem.detailKey(),
          problem.getReason(),
          problem.args());
    }
    // the English of a status the bundle has no words for is Spring's own detail
    String slug = slug(status);
    String fallback =
        status == HttpStatus.NOT_FOUND
            ? "No API resource at this path."
            : status.is5xxServerError()
                ? "The service behind this path did not answer properly; try again later."
                : error.getBody().getDetail();
    String key =
        status.is5xxServerError() ? "problem.upstream.detail" : "problem." + slug + ".detail";
    exchange.getResponse().getHeaders().putAll(error.getHeaders()); // e.g. Allow on 405
    return Problems.write(exchange, status, slug, key, fallback);
  }

  private static String slug(HttpStatus status) {
    return status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}

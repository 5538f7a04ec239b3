package kz.cites.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns the gateway's own 4xx/5xx status errors (no route: 404, downstream unreachable: 503,
 * downstream too slow: 504, ...) into problem details with the stable type of their status ({@link
 * StatusTypes}), and any other failure into a 500 {@code internal} problem. Runs before Boot's
 * error handler (order -1), whose JSON is no problem detail.
 */
@Component
@Order(-2)
class StatusProblemHandler implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(StatusProblemHandler.class);

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(ex);
    }
    if (!(ex instanceof ErrorResponse error)) {
      // anything else that escaped a filter or route: a problem, never Boot's error JSON
      log.error("Unexpected failure at the gateway", ex);
      return Problems.write(
          exchange,
          HttpStatus.INTERNAL_SERVER_ERROR,
          StatusTypes.slug(500),
          "problem.internal.detail.gateway",
          "Something went wrong at the gateway; try again later.");
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
    String slug = StatusTypes.slug(status.value());
    // Spring's own detail where the bundle has no words of ours for the status (e.g. a 400 of
    // WebFlux's naming what it could not read)
    String fallback =
        status == HttpStatus.NOT_FOUND || status.is5xxServerError()
            ? StatusTypes.detail(status.value())
            : error.getBody().getDetail();
    String key =
        status == HttpStatus.BAD_REQUEST && fallback != null
            ? null
            : StatusTypes.detailKey(status.value());
    exchange.getResponse().getHeaders().putAll(error.getHeaders()); // e.g. Allow on 405
    return Problems.write(
        exchange,
        status,
        slug,
        key,
        fallback != null ? fallback : StatusTypes.detail(status.value()));
  }
}

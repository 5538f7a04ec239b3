package kz.cites.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall refuses a path that two parsers could read differently (";", an
 * encoded "/", "\\", "%" or NUL, ".."): 400 {@code request-rejected} as a problem, the type the
 * services' own ports answer for the same paths, instead of an empty 400.
 */
@Component
class RejectedExchanges implements ServerExchangeRejectedHandler {

  private static final Logger log = LoggerFactory.getLogger(RejectedExchanges.class);

  static final String DETAIL =
      "The request's path or headers hold characters or sequences this API does not accept"
          + " (\";\", an encoded \"/\", \"\\\", \"%\" or NUL, \"..\", control characters).";

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException e) {
    log.debug("Request rejected by the firewall: {}", e.getMessage());
    return Problems.write(
        exchange,
        HttpStatus.BAD_REQUEST,
        "request-rejected",
        "problem.request-rejected.detail",
        DETAIL);
  }
}

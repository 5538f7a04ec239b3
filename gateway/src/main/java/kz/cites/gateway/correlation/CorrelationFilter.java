package kz.cites.gateway.correlation;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id and a W3C trace context, passes both to the service behind
 * the route and returns them to the caller.
 *
 * <p>A {@link WebFilter} ordered before Spring Security rather than a gateway GlobalFilter, so that
 * 401/403/404 answers carry the ids too: those are exactly the calls a client asks support about.
 * The proxied request is built from the mutated exchange, so the services see the same values.
 */
@Component
class CorrelationFilter implements WebFilter, Ordered {

  private static final Logger access = LoggerFactory.getLogger("kz.cites.gateway.access");

  static final String CORRELATION_ID = "X-Correlation-Id";
  static final String TRACEPARENT = "traceparent";

  /** Ids we accept from clients: UUIDs and similar tokens, nothing that could smuggle markup. */
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  /** version-traceid-parentid-flags; version ff is forbidden, as are all-zero ids. */
  private static final Pattern TRACEPARENT_FORMAT =
      Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");

  private static final HexFormat HEX = HexFormat.of();
  private final SecureRandom random = new SecureRandom();

  @Override
  public int getOrder() {
    // Spring Security's WebFilterChainProxy runs at -100.
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    String correlationId = correlationId(request.getHeaders().getFirst(CORRELATION_ID));
    String traceparent = nextTraceparent(request.getHeaders().getFirst(TRACEPARENT));

    ServerWebExchange mutated =
        exchange
            .mutate()
            .request(
                r ->
                    r.headers(
                        h -> {
                          h.set(CORRELATION_ID, correlationId);
                          h.set(TRACEPARENT, traceparent);
                        }))
            .build();
    // Set just before commit so a downstream copy of the same headers cannot duplicate them.
    mutated
        .getResponse()
        .beforeCommit(
            () -> {
              mutated.getResponse().getHeaders().set(CORRELATION_ID, correlationId);
              mutated.getResponse().getHeaders().set(TRACEPARENT, traceparent);
              return Mono.empty();
            });
    long start = System.nanoTime();
    return chain
        .filter(mutated)
        .doFinally(signal -> logAccess(mutated, correlationId, traceparent, start));
  }

  /**
   * One line per request with both ids in the MDC (the log pattern prints them), so a support call
   * quoting a correlation id finds the gateway's line and, through traceparent, the services'
   * lines. Set and cleared around the call: on a reactive server the MDC of a thread means nothing
   * later.
   */
  private static void logAccess(
      ServerWebExchange exchange, String correlationId, String traceparent, long start) {
    if (!access.isInfoEnabled()) {
      return;
    }
    var status = exchange.getResponse().getStatusCode();
    Correlation.log(
        correlationId,
        traceparent,
        () ->
            access.info(
                "{} {} -> {} in {} ms",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(),
                status == null ? "-" : status.value(),
                (System.nanoTime() - start) / 1_000_000));
  }

  static String correlationId(String offered) {
    return offered != null && SANE_ID.matcher(offered).matches()
        ? offered
        : UUID.randomUUID().toString();
  }

  /**
   * Continues the caller's trace with a new span id for the gateway hop, or starts a new sampled
   * trace when there is no valid trace context.
   */
  String nextTraceparent(String offered) {
    if (offered != null) {
      var m = TRACEPARENT_FORMAT.matcher(offered.trim());
      if (m.matches() && !"ff".equals(m.group(1)) && !isZero(m.group(2)) && !isZero(m.group(3))) {
        return "00-" + m.group(2) + "-" + randomHex(8) + "-" + m.group(4);
      }
    }
    return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
  }

  private String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    do {
      random.nextBytes(b);
    } while (isZero(HEX.formatHex(b)));
    return HEX.formatHex(b);
  }

  private static boolean isZero(String hex) {
    return hex.chars().allMatch(c -> c == '0');
  }
}

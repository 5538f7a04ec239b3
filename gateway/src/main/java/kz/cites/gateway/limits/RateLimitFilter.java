package kz.cites.gateway.limits;

import io.github.bucket4j.ConsumptionProbe;
import java.net.InetSocketAddress;
import java.security.Principal;
import kz.cites.gateway.correlation.Correlation;
import kz.cites.gateway.problem.GatewayProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Per-client rate limit on every routed request: by the token's subject where the caller signed in,
 * by client address on public routes (rate class {@code public}) and for anonymous callers. Runs
 * after Spring Security (gateway filters always do), so the subject is a validated one and a forged
 * token cannot drain someone else's bucket.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

  private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
  static final String PUBLIC_CLASS = "public";

  private final ClientBuckets buckets;

  RateLimitFilter(ClientBuckets buckets) {
    this.buckets = buckets;
  }

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE + 100;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    String rateClass = RouteClasses.rateClass(exchange);
    Mono<String> client =
        PUBLIC_CLASS.equals(rateClass)
            ? Mono.just(address(exchange))
            : exchange
                .getPrincipal()
                .map(Principal::getName)
                .map(subject -> "sub:" + subject)
                .defaultIfEmpty(address(exchange));
    return client.flatMap(
        key -> {
          ConsumptionProbe probe = buckets.take(rateClass, key);
          if (probe.isConsumed()) {
            exchange
                .getResponse()
                .getHeaders()
                .set("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            return chain.filter(exchange);
          }
          long retryAfter =
              Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
          Correlation.log(
              exchange, () -> log.info("Rate limit '{}' exceeded by {}", rateClass, key));
          return Mono.error(
              new GatewayProblem(
                      HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", null, retryAfter)
                  .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter)));
        });
  }

  /**
   * The peer address. Behind a trusted proxy set {@code server.forward-headers-strategy=framework}
   * so that X-Forwarded-For becomes the remote address; otherwise clients could pick their own.
   */
  private static String address(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return "addr:"
        + (remote == null || remote.getAddress() == null
            ? "unknown"
            : remote.getAddress().getHostAddress());
  }
}

package kz.cites.gateway.limits;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.cites.gateway.correlation.Correlation;
import kz.cites.gateway.problem.GatewayProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.netty.Connection;

/**
 * One Resilience4j circuit breaker per route. Connection failures, timeouts and 5xx answers count
 * as failures; while the breaker is open the gateway answers 503 at once instead of queueing
 * callers behind a dead service. A refused or reset connection is a 503/502 problem, never a 500.
 *
 * <p>Plain resilience4j-circuitbreaker rather than the Spring Cloud CircuitBreaker starter, which
 * drags in resilience4j-spring-boot3 next to Boot 4.
 */
@Component
class CircuitBreakerFilter implements GlobalFilter, Ordered {

  private static final Logger log = LoggerFactory.getLogger(CircuitBreakerFilter.class);

  private final CircuitBreakerRegistry registry;

  /**
   * The breakers' states and calls are metrics ({@code
   * resilience4j.circuitbreaker.state{name=<route id>}}), bound as each route's breaker is made.
   */
  CircuitBreakerFilter(LimitProperties properties, MeterRegistry meters) {
    LimitProperties.CircuitBreaker cb = properties.circuitBreaker();
    this.registry =
        CircuitBreakerRegistry.of(
            CircuitBreakerConfig.custom()
                .failureRateThreshold(cb.failureRateThreshold())
                .slidingWindowSize(cb.slidingWindowSize())
                .minimumNumberOfCalls(cb.minimumNumberOfCalls())
                .waitDurationInOpenState(cb.waitInOpenState())
                .build());
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
  }

  CircuitBreaker.State state(String routeId) {
    return registry.circuitBreaker(routeId).getState();
  }

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE + 300;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
    String routeId = RouteClasses.routeId(exchange);
    CircuitBreaker breaker = registry.circuitBreaker(routeId);
    if (!breaker.tryAcquirePermission()) {
      Correlation.log(
          exchange,
          () -> log.warn("Circuit breaker of route {} is open; not calling the service", routeId));
      return Mono.error(unavailable());
    }
    long start = breaker.getCurrentTimestamp();
    AtomicBoolean recorded = new AtomicBoolean();
    return chain
        .filter(exchange)
        .doOnSuccess(
            v -> {
              if (recorded.compareAndSet(false, true)) {
                long took = breaker.getCurrentTimestamp() - start;
                HttpStatusCode status = exchange.getResponse().getStatusCode();
                if (status != null && status.is5xxServerError()) {
                  breaker.onError(
                      took,
                      breaker.getTimestampUnit(),
                      new IllegalStateException("status " + status));
                } else {
                  breaker.onSuccess(took, breaker.getTimestampUnit());
                }
              }
            })
        .onErrorMap(
            e -> {
              if (e instanceof GatewayProblem problem
                  && problem.getStatusCode() == HttpStatus.CONTENT_TOO_LARGE) {
                // the caller's fault, not the service's
                if (recorded.compareAndSet(false, true)) {
                  breaker.releasePermission();
                }
                return e;
              }
              if (callerGone(exchange)) {
                // the caller hung up (its body ends in an error, not a cancel): nothing is known
                // about the service, and nobody reads what the gateway would answer
                if (recorded.compareAndSet(false, true)) {
                  breaker.releasePermission();
                }
                return e;
              }
              if (recorded.compareAndSet(false, true)) {
                breaker.onError(
                    breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), e);
              }
              Correlation.log(
                  exchange, () -> log.warn("Route {} failed: {}", routeId, e.toString()));
              if (e instanceof ResponseStatusException) {
                return e; // e.g. 504 on a response timeout
              }
              if (causedBy(e, ConnectException.class)) {
                return unavailable();
              }
              if (causedBy(e, IOException.class)) {
                return new GatewayProblem(HttpStatus.BAD_GATEWAY, "bad-gateway", null);
              }
              return e;
            })
        .doFinally(
            signal -> {
              if (signal == SignalType.CANCEL && recorded.compareAndSet(false, true)) {
                breaker.releasePermission();
              }
            });
  }

  /** Whether the caller's connection is closed: Reactor Netty's request is that connection. */
  private static boolean callerGone(ServerWebExchange exchange) {
    Object request;
    try {
      request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
    } catch (IllegalArgumentException notReactorNetty) {
      return false;
    }
    return request instanceof Connection connection && !connection.channel().isActive();
  }

  private static GatewayProblem unavailable() {
    return new GatewayProblem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", null)
        .withHeader("Retry-After", "10");
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}

package kz.cites.gateway.correlation;

import io.micrometer.tracing.propagation.Propagator;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.cites.observability.ManagementPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id, passes it to the service behind the route and returns it to
 * the caller, together with the request's W3C trace context ({@code traceparent}): the trace id a
 * caller quotes to support finds the gateway's line and every service's.
 *
 * <p>The trace itself is Micrometer Tracing's (ADR 0013): the server observation continues the
 * caller's {@code traceparent} (or starts a trace), and Spring Cloud Gateway's observation of the
 * proxied call writes the trace context into the request to the service. This filter only returns
 * the server span's context, written by the same propagator.
 *
 * <p>A {@link WebFilter} ordered before Spring Security rather than a gateway GlobalFilter, so that
 * 401/403/404 answers carry the ids too: those are exactly the calls a client asks support about.
 */
@Component
class CorrelationFilter implements WebFilter, Ordered {

  private static final Logger access = LoggerFactory.getLogger("kz.cites.gateway.access");

  static final String CORRELATION_ID = "X-Correlation-Id";
  static final String TRACEPARENT = "traceparent";

  /** Ids we accept from clients: UUIDs and similar tokens, nothing that could smuggle markup. */
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  private final Propagator propagator;
  private final ManagementPort managementPort;

  CorrelationFilter(Propagator propagator, Environment environment) {
    this.propagator = propagator;
    this.managementPort = new ManagementPort(environment);
  }

  @Override
  public int getOrder() {
    // Spring Security's WebFilterChainProxy runs at -100.
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    String correlationId = correlationId(request.getHeaders().getFirst(CORRELATION_ID));

    ServerWebExchange mutated =
        exchange
            .mutate()
            .request(r -> r.headers(h -> h.set(CORRELATION_ID, correlationId)))
            .build();
    // Set just before commit so a downstream copy of the same headers cannot duplicate them.
    mutated
        .getResponse()
        .beforeCommit(
            () -> {
              HttpHeaders headers = mutated.getResponse().getHeaders();
              headers.set(CORRELATION_ID, correlationId);
              headers.remove(TRACEPARENT);
              Correlation.span(mutated)
                  .ifPresent(span -> propagator.inject(span.context(), headers, HttpHeaders::set));
              return Mono.empty();
            });
    long start = System.nanoTime();
    return chain.filter(mutated).doFinally(signal -> logAccess(mutated, correlationId, start));
  }

  /**
   * One line per request, with the correlation id and the trace and span ids in the MDC (the log
   * pattern prints them).
   */
  private void logAccess(ServerWebExchange exchange, String correlationId, long start) {
    if (!access.isInfoEnabled() || onManagementPort(exchange)) {
      // the management port's probes and scrapes (not observed either, platform/observability)
      return;
    }
    var status = exchange.getResponse().getStatusCode();
    Correlation.log(
        correlationId,
        Correlation.span(exchange),
        () ->
            access.info(
                "{} {} -> {} in {} ms (correlation id {})",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(),
                status == null ? "-" : status.value(),
                (System.nanoTime() - start) / 1_000_000,
                correlationId));
  }

  private boolean onManagementPort(ServerWebExchange exchange) {
    var local = exchange.getRequest().getLocalAddress();
    return local != null && managementPort.is(local.getPort());
  }

  static String correlationId(String offered) {
    return offered != null && SANE_ID.matcher(offered).matches()
        ? offered
        : UUID.randomUUID().toString();
  }
}

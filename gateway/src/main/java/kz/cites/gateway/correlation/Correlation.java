package kz.cites.gateway.correlation;

import io.micrometer.observation.Observation;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The exchange's correlation id and trace for one logging call. On a reactive server a thread
 * serves many exchanges, so the MDC ({@code correlationId}, {@code traceId}, {@code spanId}) is set
 * from the exchange itself around the call and put back as it was afterwards. The trace is the span
 * of the server's {@code http.server.requests} observation (Micrometer Tracing, ADR 0013).
 */
public final class Correlation {

  static final String MDC_CORRELATION_ID = "correlationId";
  static final String MDC_TRACE_ID = "traceId";
  static final String MDC_SPAN_ID = "spanId";

  private Correlation() {}

  public static void log(ServerWebExchange exchange, Runnable logging) {
    log(
        exchange.getRequest().getHeaders().getFirst(CorrelationFilter.CORRELATION_ID),
        span(exchange),
        logging);
  }

  /** The span of the exchange's server observation, if tracing is on. */
  static Optional<Span> span(ServerWebExchange exchange) {
    return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
        .map(Observation.Context.class::cast)
        .map(
            context ->
                context.<TracingObservationHandler.TracingContext>get(
                    TracingObservationHandler.TracingContext.class))
        .map(TracingObservationHandler.TracingContext::getSpan);
  }

  static void log(String correlationId, Optional<Span> span, Runnable logging) {
    String[] keys = {MDC_CORRELATION_ID, MDC_TRACE_ID, MDC_SPAN_ID};
    String[] previous = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      previous[i] = MDC.get(keys[i]);
    }
    put(MDC_CORRELATION_ID, correlationId);
    span.ifPresent(
        s -> {
          put(MDC_TRACE_ID, s.context().traceId());
          put(MDC_SPAN_ID, s.context().spanId());
        });
    try {
      logging.run();
    } finally {
      for (int i = 0; i < keys.length; i++) {
        if (previous[i] == null) {
          MDC.remove(keys[i]);
        } else {
          MDC.put(keys[i], previous[i]);
        }
      }
    }
  }

  private static void put(String key, String value) {
    if (value != null) {
      MDC.put(key, value);
    }
  }
}

package kz.cites.gateway.correlation;

import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Puts the exchange's correlation id and traceparent into the MDC for one logging call. On a
 * reactive server a thread serves many exchanges, so the MDC is set and cleared around each call.
 */
public final class Correlation {

  static final String MDC_CORRELATION_ID = "correlationId";
  static final String MDC_TRACEPARENT = "traceparent";

  private Correlation() {}

  public static void log(ServerWebExchange exchange, Runnable logging) {
    HttpHeaders headers = exchange.getRequest().getHeaders();
    log(
        headers.getFirst(CorrelationFilter.CORRELATION_ID),
        headers.getFirst(CorrelationFilter.TRACEPARENT),
        logging);
  }

  static void log(String correlationId, String traceparent, Runnable logging) {
    if (correlationId != null) {
      MDC.put(MDC_CORRELATION_ID, correlationId);
    }
    if (traceparent != null) {
      MDC.put(MDC_TRACEPARENT, traceparent);
    }
    try {
      logging.run();
    } finally {
      MDC.remove(MDC_CORRELATION_ID);
      MDC.remove(MDC_TRACEPARENT);
    }
  }
}

package kz.cites.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import kz.cites.tracing.TraceContext;
import kz.cites.tracing.Traceparent;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Continues the caller's W3C trace (or starts one) and keeps the correlation id, for the logs, the
 * response headers and every event the request causes.
 */
public class TraceFilter extends OncePerRequestFilter {

  public static final String CORRELATION_ID = "X-Correlation-Id";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Traceparent trace =
        Traceparent.parse(request.getHeader(Traceparent.HEADER))
            .map(Traceparent::child)
            .orElseGet(Traceparent::newTrace);
    String correlationId = request.getHeader(CORRELATION_ID);
    if (correlationId == null || !correlationId.matches("[A-Za-z0-9._-]{1,100}")) {
      correlationId = UUID.randomUUID().toString();
    }
    response.setHeader(Traceparent.HEADER, trace.toString());
    response.setHeader(CORRELATION_ID, correlationId);
    TraceContext.set(trace);
    MDC.put("correlationId", correlationId);
    try {
      chain.doFilter(request, response);
    } finally {
      TraceContext.clear();
      MDC.remove("correlationId");
    }
  }
}

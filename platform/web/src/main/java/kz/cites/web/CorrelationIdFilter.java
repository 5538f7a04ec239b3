package kz.cites.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the caller's {@code X-Correlation-Id} (the gateway passes one on; a request without a sane
 * one gets a new UUID), returns it and puts it in the logging MDC as {@code correlationId}. The
 * trace itself (W3C {@code traceparent} in, spans, {@code traceId}/{@code spanId} in the MDC) is
 * Micrometer Tracing's (platform/observability), not this filter's.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

  public static final String CORRELATION_ID = "X-Correlation-Id";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String correlationId = request.getHeader(CORRELATION_ID);
    if (correlationId == null || !correlationId.matches("[A-Za-z0-9._-]{1,100}")) {
      correlationId = UUID.randomUUID().toString();
    }
    response.setHeader(CORRELATION_ID, correlationId);
    MDC.put("correlationId", correlationId);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove("correlationId");
    }
  }
}

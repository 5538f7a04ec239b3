package kz.cites.tracing;

import java.util.Optional;
import org.slf4j.MDC;

/**
 * The trace the current thread works for: set by the web filter for a request and by {@code
 * kz.cites.messaging.InboundEvents} for an event, read by the {@code kz.cites.messaging.Outbox} so
 * the events a change causes carry its trace. Also put in the logging MDC as {@code traceId}.
 */
public final class TraceContext {

  private static final ThreadLocal<Traceparent> CURRENT = new ThreadLocal<>();

  private TraceContext() {}

  public static Optional<Traceparent> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Runs {@code work} within {@code trace}; restores whatever was there before. */
  public static void runWithin(Traceparent trace, Runnable work) {
    Traceparent previous = CURRENT.get();
    String previousMdc = MDC.get("traceId");
    set(trace);
    try {
      work.run();
    } finally {
      if (previous == null) {
        clear();
      } else {
        set(previous);
      }
      if (previousMdc != null) {
        MDC.put("traceId", previousMdc);
      }
    }
  }

  public static void set(Traceparent trace) {
    CURRENT.set(trace);
    MDC.put("traceId", trace.traceId());
  }

  public static void clear() {
    CURRENT.remove();
    MDC.remove("traceId");
  }
}

package kz.cites.verification.egov;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import kz.cites.observability.TracedExecutors;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.RegistryFinding;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * SHEP calls guarded per registry: retry (transient faults only, exponential backoff with jitter)
 * around a bulkhead (so one slow registry cannot take every thread) around a circuit breaker (so a
 * dead registry is not hammered) around a time limiter (each attempt's deadline). Settings per
 * registry come from {@code resilience4j.*} under the registry's {@link Registry#instanceName()}.
 * Whatever goes wrong reaches the adapter as {@link RegistryUnavailableException}.
 *
 * <p>Every call counts in {@code cites.registry.calls{registry, outcome}}: {@code found}, {@code
 * not-found}, {@code timeout}, {@code error} (after the retries), {@code circuit-open} or {@code
 * bulkhead-full} (not asked at all).
 */
@Component
public class RegistryCalls implements DisposableBean {

  private final ShepClient shep;
  private final CircuitBreakerRegistry breakers;
  private final RetryRegistry retries;
  private final BulkheadRegistry bulkheads;
  private final TimeLimiterRegistry timeLimiters;
  private final Clock clock;
  private final MeterRegistry meters;

  /** Runs each attempt so the time limiter can interrupt it (a CompletableFuture would not). */
  private final ExecutorService attempts = TracedExecutors.virtualThreadPerTask();

  public RegistryCalls(
      ShepClient shep,
      CircuitBreakerRegistry breakers,
      RetryRegistry retries,
      BulkheadRegistry bulkheads,
      TimeLimiterRegistry timeLimiters,
      Clock clock,
      MeterRegistry meters) {
    this.shep = shep;
    this.breakers = breakers;
    this.retries = retries;
    this.bulkheads = bulkheads;
    this.timeLimiters = timeLimiters;
    this.clock = clock;
    this.meters = meters;
  }

  /** When a check is recorded as made: the service's clock. */
  public Instant now() {
    return clock.instant();
  }

  /** Asks {@code registry}; {@code payload} is its business request. */
  public ShepReply call(Registry registry, Object payload) {
    String name = registry.instanceName();
    CircuitBreaker breaker = breakers.circuitBreaker(name);
    Retry retry = retries.retry(name);
    Bulkhead bulkhead = bulkheads.bulkhead(name);
    TimeLimiter timeLimiter = timeLimiters.timeLimiter(name);
    Supplier<ShepReply> attempt = () -> attempt(registry, payload, timeLimiter);
    Supplier<ShepReply> guarded =
        Retry.decorateSupplier(
            retry,
            Bulkhead.decorateSupplier(bulkhead, CircuitBreaker.decorateSupplier(breaker, attempt)));
    try {
      ShepReply reply = guarded.get();
      count(registry, reply.found() ? "found" : "not-found");
      return reply;
    } catch (RegistryUnavailableException e) {
      count(registry, e.getCause() instanceof TimeoutException ? "timeout" : "error");
      throw e;
    } catch (CallNotPermittedException e) {
      count(registry, "circuit-open");
      throw new RegistryUnavailableException(
          registry.serviceId() + " not asked: circuit breaker open after repeated failures",
          null,
          false,
          e);
    } catch (BulkheadFullException e) {
      count(registry, "bulkhead-full");
      throw new RegistryUnavailableException(
          registry.serviceId() + " not asked: too many calls to it in flight", null, false, e);
    }
  }

  private void count(Registry registry, String outcome) {
    Counter.builder("cites.registry.calls")
        .description("Registry look-ups through SHEP by outcome (after retries)")
        .tag("registry", registry.instanceName())
        .tag("outcome", outcome)
        .register(meters)
        .increment();
  }

  /**
   * Looks one record up and has it judged: a record the registry does not know fails the check with
   * {@code unknown} and {@code notFound} as the reason; a registry that cannot be reached leaves
   * the check UNAVAILABLE, never failed. The registry's answer is kept as evidence.
   *
   * @param unknown what it means that the registry does not know the record
   * @param unknownFacts the facts of that finding (the key asked for), in the order of its text
   * @param judge the record, the registry's message id and the time of the check to the outcome
   */
  public <T> CheckOutcome lookUp(
      Registry registry,
      Object request,
      Class<T> type,
      RegistryFinding unknown,
      List<?> unknownFacts,
      String notFound,
      Judge<T> judge) {
    try {
      ShepReply reply = call(registry, request);
      if (!reply.found()) {
        return CheckOutcome.failed(unknown, unknownFacts, notFound, reply.messageId(), now());
      }
      return judge.judge(payload(reply, type), reply.messageId(), now()).withAnswer(reply.answer());
    } catch (RegistryUnavailableException e) {
      return CheckOutcome.unavailable(e.getMessage(), e.requestMessageId(), now());
    }
  }

  /** A record's verdict, given the registry's message id and when the check was made. */
  @FunctionalInterface
  public interface Judge<T> {
    CheckOutcome judge(T record, String registryMessageId, Instant checkedAt);
  }

  /** Reads a payload as {@code type}; an unreadable one means the registry is not usable now. */
  public <T> T payload(ShepReply reply, Class<T> type) {
    return shep.payload(reply, type);
  }

  private ShepReply attempt(Registry registry, Object payload, TimeLimiter timeLimiter) {
    String messageId = UUID.randomUUID().toString();
    try {
      return timeLimiter.executeFutureSupplier(
          () -> attempts.submit(() -> shep.call(registry.serviceId(), payload, messageId)));
    } catch (RegistryUnavailableException e) {
      throw e;
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RegistryUnavailableException cause) {
        throw cause;
      }
      throw new RegistryUnavailableException(
          registry.serviceId() + " call failed: " + e.getCause(), messageId, false, e);
    } catch (TimeoutException e) {
      throw new RegistryUnavailableException(
          registry.serviceId()
              + " did not answer within "
              + timeLimiter.getTimeLimiterConfig().getTimeoutDuration(),
          messageId,
          true,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryUnavailableException(
          registry.serviceId() + " call interrupted", messageId, false, e);
    } catch (Exception e) {
      throw new RegistryUnavailableException(
          registry.serviceId() + " call failed: " + e, messageId, false, e);
    }
  }

  @Override
  public void destroy() {
    attempts.shutdownNow();
  }
}

package kz.cites.gateway.limits;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits per route class. A route names its classes in its metadata ({@code rate-limit}, {@code
 * max-body-size}); routes that name none get {@link #DEFAULT_RATE_CLASS} and {@link #maxBodySize}.
 *
 * @param maxBodySize request body cap for routes without their own {@code max-body-size}
 * @param rates rate classes by name: {@code capacity} requests per client, refilled evenly over
 *     {@code period}
 * @param trackedClients how many clients' buckets are kept (least recently seen are forgotten)
 * @param circuitBreaker when to stop calling a failing service
 * @param instances how many gateway instances share the limits: each enforces its share of every
 *     rate ({@code capacity / instances}, rounded up), so that behind a balancer that spreads the
 *     requests evenly a client gets the configured rate in all (see docs/adr/0010)
 */
@ConfigurationProperties("cites.gateway.limits")
record LimitProperties(
    DataSize maxBodySize,
    Map<String, Rate> rates,
    Integer trackedClients,
    CircuitBreaker circuitBreaker,
    Integer instances) {

  static final String DEFAULT_RATE_CLASS = "authenticated";

  LimitProperties {
    maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
    rates = rates == null ? Map.of() : Map.copyOf(rates);
    trackedClients = trackedClients == null ? 100_000 : trackedClients;
    circuitBreaker =
        circuitBreaker == null ? new CircuitBreaker(null, null, null, null) : circuitBreaker;
    instances = instances == null || instances < 1 ? 1 : instances;
  }

  /** This instance's share of {@code rate}: its capacity divided by the instances, rounded up. */
  Rate share(Rate rate) {
    return new Rate(Math.max(1, (rate.capacity() + instances - 1) / instances), rate.period());
  }

  record Rate(long capacity, Duration period) {}

  /**
   * @param failureRateThreshold percentage of failed calls that opens the breaker
   * @param slidingWindowSize calls looked at
   * @param minimumNumberOfCalls calls needed before the rate counts
   * @param waitInOpenState how long an open breaker answers 503 before trying again
   */
  record CircuitBreaker(
      Float failureRateThreshold,
      Integer slidingWindowSize,
      Integer minimumNumberOfCalls,
      Duration waitInOpenState) {
    CircuitBreaker {
      failureRateThreshold = failureRateThreshold == null ? 50f : failureRateThreshold;
      slidingWindowSize = slidingWindowSize == null ? 20 : slidingWindowSize;
      minimumNumberOfCalls = minimumNumberOfCalls == null ? 10 : minimumNumberOfCalls;
      waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(10) : waitInOpenState;
    }
  }
}

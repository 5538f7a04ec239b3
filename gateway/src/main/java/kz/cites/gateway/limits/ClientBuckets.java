package kz.cites.gateway.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * One Bucket4j token bucket per (rate class, client), in memory. With several gateway instances
 * ({@code cites.gateway.limits.instances}) each enforces its share of the rate, which adds up to
 * the configured rate behind a balancer that spreads requests evenly (ADR 0011; a shared store
 * through bucket4j's proxy managers is the step up). The least recently seen clients are forgotten
 * beyond {@code tracked-clients}, so random addresses cannot exhaust memory.
 */
@Component
public class ClientBuckets {

  private final LimitProperties properties;
  private final Map<String, Bucket> buckets;

  ClientBuckets(LimitProperties properties) {
    this.properties = properties;
    int max = properties.trackedClients();
    this.buckets =
        new LinkedHashMap<>(1024, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > max;
          }
        };
  }

  /** Takes one token; a probe that is not consumed says how long until the next token. */
  ConsumptionProbe take(String rateClass, String client) {
    LimitProperties.Rate configured = properties.rates().get(rateClass);
    if (configured == null) {
      throw new IllegalStateException("No rate class '" + rateClass + "' configured");
    }
    LimitProperties.Rate rate = properties.share(configured);
    Bucket bucket;
    synchronized (buckets) {
      bucket =
          buckets.computeIfAbsent(
              rateClass + '|' + client,
              k ->
                  Bucket.builder()
                      .addLimit(
                          l ->
                              l.capacity(rate.capacity())
                                  .refillGreedy(rate.capacity(), rate.period()))
                      .build());
    }
    return bucket.tryConsumeAndReturnRemaining(1);
  }

  /** Forgets every client (tests, and operators after a configuration change). */
  public void clear() {
    synchronized (buckets) {
      buckets.clear();
    }
  }
}

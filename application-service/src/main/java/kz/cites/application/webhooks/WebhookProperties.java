package kz.cites.application.webhooks;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import kz.cites.application.webhooks.domain.RetrySchedule;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the status push to integrators ({@code cites.webhooks.*}; docs/adr/0011).
 *
 * @param dispatchInterval how often due deliveries are looked for (PT1S)
 * @param batchSize how many deliveries one instance claims at once (20)
 * @param lease how long a claimed delivery is an instance's alone (PT1M); longer than an attempt
 * @param connectTimeout how long to wait for a receiver's connection (PT2S)
 * @param readTimeout how long to wait for a receiver's answer (PT5S)
 * @param firstRetry the wait after the first failed attempt (PT10S); it doubles with each failure
 * @param maxRetry the longest wait between attempts (PT1H)
 * @param giveUpAfter how long after it was queued a delivery is tried before it is FAILED (P3D)
 * @param retention how long DELIVERED rows are kept before they are purged (P30D)
 * @param purgeInterval how often DELIVERED rows past their retention are purged (PT1H)
 * @param secretOverlap how long the previous secret still signs after a rotation (P1D)
 * @param maxSubscriptions how many subscriptions one party may have (10)
 * @param apiBaseUrl the public address of the API, for the links in a payload
 * @param allowedUrls URL prefixes that may be {@code http} and name a local or private host (the
 *     simulator's portal receiver in the local stack and the system tests); empty in production
 */
@ConfigurationProperties("cites.webhooks")
public record WebhookProperties(
    Duration dispatchInterval,
    int batchSize,
    Duration lease,
    Duration connectTimeout,
    Duration readTimeout,
    Duration firstRetry,
    Duration maxRetry,
    Duration giveUpAfter,
    Duration retention,
    Duration purgeInterval,
    Duration secretOverlap,
    int maxSubscriptions,
    URI apiBaseUrl,
    List<String> allowedUrls) {

  public WebhookProperties {
    dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(1) : dispatchInterval;
    batchSize = batchSize <= 0 ? 20 : batchSize;
    lease = lease == null ? Duration.ofMinutes(1) : lease;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    firstRetry = firstRetry == null ? Duration.ofSeconds(10) : firstRetry;
    maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
    giveUpAfter = giveUpAfter == null ? Duration.ofDays(3) : giveUpAfter;
    retention = retention == null ? Duration.ofDays(30) : retention;
    purgeInterval = purgeInterval == null ? Duration.ofHours(1) : purgeInterval;
    secretOverlap = secretOverlap == null ? Duration.ofDays(1) : secretOverlap;
    maxSubscriptions = maxSubscriptions <= 0 ? 10 : maxSubscriptions;
    apiBaseUrl = apiBaseUrl == null ? URI.create("http://localhost:8080") : apiBaseUrl;
    allowedUrls =
        allowedUrls == null
            ? List.of()
            : allowedUrls.stream().filter(u -> u != null && !u.isBlank()).toList();
  }

  /** When a failed delivery is tried again. */
  public RetrySchedule retrySchedule() {
    return new RetrySchedule(firstRetry, maxRetry, giveUpAfter);
  }
}

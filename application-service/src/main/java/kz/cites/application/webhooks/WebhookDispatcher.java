package kz.cites.application.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import kz.cites.application.webhooks.domain.ClaimedDelivery;
import kz.cites.application.webhooks.domain.DeliveryQueue;
import kz.cites.application.webhooks.domain.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works the webhook outbox: claims the due deliveries (at most one per subscription and
 * application, so each application's changes go out in order), sends them in parallel (one virtual
 * thread each: a slow receiver holds up no other), and records each outcome: DELIVERED on 2xx, else
 * the next attempt by the {@link RetrySchedule}, or FAILED when it runs out. A round that delivered
 * something claims again at once, since the next change of those applications may now go. Several
 * instances may run it at once: a claim is a lease no other instance takes.
 */
@Component
public class WebhookDispatcher {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

  /** Rounds per run at most: a flood of deliveries does not keep one run going for ever. */
  private static final int MAX_ROUNDS = 50;

  private final DeliveryQueue queue;
  private final WebhookSender sender;
  private final WebhookProperties properties;
  private final RetrySchedule retries;
  private final Clock clock;

  WebhookDispatcher(
      DeliveryQueue queue, WebhookSender sender, WebhookProperties properties, Clock clock) {
    this.queue = queue;
    this.sender = sender;
    this.properties = properties;
    this.retries = properties.retrySchedule();
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${cites.webhooks.dispatch-interval:PT1S}",
      initialDelayString = "${cites.webhooks.dispatch-interval:PT1S}")
  void scheduled() {
    dispatchDue(clock.instant());
  }

  @Scheduled(
      fixedDelayString = "${cites.webhooks.purge-interval:PT1H}",
      initialDelayString = "${cites.webhooks.purge-interval:PT1H}")
  void purge() {
    int purged = queue.purgeDelivered(clock.instant().minus(properties.retention()));
    if (purged > 0) {
      log.info(
          "Purged {} webhook deliveries delivered more than {} ago",
          purged,
          properties.retention());
    }
  }

  /**
   * Sends what is due at {@code now}; how many deliveries were DELIVERED. Attempts are stamped
   * {@code now} ({@code webhook-timestamp}, the times recorded).
   */
  public int dispatchDue(Instant now) {
    int delivered = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<ClaimedDelivery> claimed = queue.claim(now, properties.lease(), properties.batchSize());
      if (claimed.isEmpty()) {
        break;
      }
      int deliveredNow = sendAll(claimed, now);
      delivered += deliveredNow;
      if (deliveredNow == 0) {
        break; // nothing went through: nothing new is unblocked before the next run
      }
    }
    return delivered;
  }

  private int sendAll(List<ClaimedDelivery> claimed, Instant now) {
    List<Future<WebhookSender.Outcome>> outcomes = new ArrayList<>();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (ClaimedDelivery delivery : claimed) {
        outcomes.add(threads.submit(() -> sender.send(delivery, now)));
      }
    }
    int delivered = 0;
    for (int i = 0; i < claimed.size(); i++) {
      ClaimedDelivery delivery = claimed.get(i);
      WebhookSender.Outcome outcome = outcome(outcomes.get(i));
      if (outcome.delivered()) {
        queue.delivered(delivery, now, outcome.statusCode());
        delivered++;
      } else {
        int attempt = delivery.attempts() + 1;
        Instant next =
            retries
                .nextAttempt(
                    attempt, delivery.queuedAt(), now, ThreadLocalRandom.current().nextDouble())
                .orElse(null);
        queue.failed(delivery, now, outcome.statusCode(), outcome.error(), next);
        if (next == null) {
          log.warn(
              "Webhook delivery {} to {} FAILED after {} attempts: {}",
              delivery.id(),
              delivery.url().getHost(),
              attempt,
              outcome.error());
        } else {
          log.info(
              "Webhook delivery {} to {}: attempt {} failed ({}), next at {}",
              delivery.id(),
              delivery.url().getHost(),
              attempt,
              outcome.error(),
              next);
        }
      }
    }
    return delivered;
  }

  private static WebhookSender.Outcome outcome(Future<WebhookSender.Outcome> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      return WebhookSender.Outcome.noAnswer(String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return WebhookSender.Outcome.noAnswer("interrupted");
    }
  }
}

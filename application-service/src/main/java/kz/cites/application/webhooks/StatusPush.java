package kz.cites.application.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.StatusChanged;
import kz.cites.application.webhooks.domain.Delivery;
import kz.cites.application.webhooks.domain.DeliveryRepository;
import kz.cites.application.webhooks.domain.Subscription;
import kz.cites.application.webhooks.domain.SubscriptionRepository;
import kz.cites.application.webhooks.domain.WebhookPayload;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues every change of an application for each webhook of whom it belongs to, in the transaction
 * of the change ({@link Propagation#MANDATORY}): the webhook outbox. A change that rolls back
 * leaves no delivery, and a committed one cannot lose its deliveries; the dispatcher sends them
 * after the commit.
 */
@Service
public class StatusPush {

  private final SubscriptionRepository subscriptions;
  private final DeliveryRepository deliveries;
  private final WebhookProperties properties;
  private final Clock clock;

  StatusPush(
      SubscriptionRepository subscriptions,
      DeliveryRepository deliveries,
      WebhookProperties properties,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.properties = properties;
    this.clock = clock;
  }

  /** One delivery per subscription that follows the application's filer (ADR 0009's rule). */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(StatusChanged change) {
    var filer = change.filer();
    var following =
        filer.isCompany()
            ? subscriptions.findByOwnerBinOrderByCreatedAtAscIdAsc(filer.bin())
            : subscriptions.findByOwnerIinAndOwnerBinIsNullOrderByCreatedAtAscIdAsc(filer.iin());
    Instant now = clock.instant();
    for (Subscription subscription : following) {
      if (subscription.follows(filer)) {
        int sequence = deliveries.lastSequence(subscription.id(), change.applicationId()) + 1;
        deliveries.save(new Delivery(subscription.id(), payload(change, sequence), now));
      }
    }
  }

  private WebhookPayload payload(StatusChanged change, int sequence) {
    boolean cancellation = change.change() == StatusChanged.Change.PERMIT_CANCELLED;
    String permit = change.permitNumber();
    String permitStatus =
        permit == null
            ? null
            : change.permitCancelled() ? "CANCELLED" : ApplicationStatus.ISSUED.name();
    return new WebhookPayload(
        cancellation ? WebhookPayload.PERMIT_CANCELLED : WebhookPayload.STATUS_CHANGED,
        change.occurredAt(),
        new WebhookPayload.Data(
            change.applicationId(),
            change.registrationNumber(),
            sequence,
            change.status(),
            change.previousStatus(),
            permit,
            permitStatus,
            change.occurredAt(),
            new WebhookPayload.Links(
                api("/api/v1/applications/" + change.applicationId()),
                permit == null ? null : api("/api/v1/permits/" + permit))));
  }

  private URI api(String path) {
    String base = properties.apiBaseUrl().toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }
}

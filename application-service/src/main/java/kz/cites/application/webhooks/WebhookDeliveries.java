package kz.cites.application.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.application.webhooks.domain.Delivery;
import kz.cites.application.webhooks.domain.DeliveryRepository;
import kz.cites.application.webhooks.domain.DeliveryStatus;
import kz.cites.application.webhooks.domain.Subscription;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of the deliveries, and sending one again: an operator sees those of every
 * subscription, a subscriber those of their own (ADR 0009's rule).
 */
@Service
public class WebhookDeliveries {

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("seq"));

  private final DeliveryRepository deliveries;
  private final WebhookSubscriptions subscriptions;
  private final Clock clock;

  WebhookDeliveries(
      DeliveryRepository deliveries, WebhookSubscriptions subscriptions, Clock clock) {
    this.deliveries = deliveries;
    this.subscriptions = subscriptions;
    this.clock = clock;
  }

  /** Who asks: an operator (every subscription) or a subscriber acting for {@code party}. */
  public record Viewer(Party party, boolean operator) {}

  /**
   * A page of deliveries, newest first, of the subscriptions {@code viewer} sees, filtered by
   * status, subscription and application when given.
   */
  @Transactional(readOnly = true)
  public Page<Delivery> page(
      Viewer viewer,
      DeliveryStatus status,
      UUID subscriptionId,
      UUID applicationId,
      int page,
      int size) {
    Specification<Delivery> filter = (root, query, cb) -> cb.conjunction();
    if (!viewer.operator()) {
      List<UUID> own = subscriptions.of(viewer.party()).stream().map(Subscription::id).toList();
      if (own.isEmpty()) {
        return Page.empty(PageRequest.of(page, size, NEWEST_FIRST));
      }
      filter = filter.and((root, query, cb) -> root.get("subscriptionId").in(own));
    }
    if (status != null) {
      filter = filter.and((root, query, cb) -> cb.equal(root.get("status"), status));
    }
    if (subscriptionId != null) {
      filter =
          filter.and((root, query, cb) -> cb.equal(root.get("subscriptionId"), subscriptionId));
    }
    if (applicationId != null) {
      filter = filter.and((root, query, cb) -> cb.equal(root.get("applicationId"), applicationId));
    }
    return deliveries.findAll(filter, PageRequest.of(page, size, NEWEST_FIRST));
  }

  /** The delivery {@code id} if {@code viewer} sees it. */
  @Transactional(readOnly = true)
  public Optional<Delivery> find(UUID id, Viewer viewer) {
    return deliveries.findById(id).filter(d -> visible(d, viewer));
  }

  /**
   * Queues the delivery {@code id} to be sent again now (same {@code webhook-id}, same body): a
   * FAILED one, or a DELIVERED one the receiver lost. Idempotent: a PENDING one stays as it is.
   */
  @Transactional
  public Optional<Delivery> redeliver(UUID id, Viewer viewer) {
    Optional<Delivery> delivery = deliveries.findById(id).filter(d -> visible(d, viewer));
    delivery.ifPresent(d -> d.requeue(clock.instant()));
    return delivery;
  }

  private boolean visible(Delivery delivery, Viewer viewer) {
    return viewer.operator()
        || subscriptions.find(delivery.subscriptionId(), viewer.party()).isPresent();
  }
}

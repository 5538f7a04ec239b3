package kz.cites.application.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.application.webhooks.domain.EndpointPolicy;
import kz.cites.application.webhooks.domain.SigningSecret;
import kz.cites.application.webhooks.domain.Subscription;
import kz.cites.application.webhooks.domain.SubscriptionRepository;
import kz.cites.application.webhooks.domain.SubscriptionsExhausted;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An integrator's webhooks: registered, listed, rotated and removed by whom they belong to (the
 * company when the token carries its BIN, else the person alone; ADR 0009). Anyone else's is as
 * good as missing.
 */
@Service
public class WebhookSubscriptions {

  private final SubscriptionRepository subscriptions;
  private final EndpointPolicy endpoints;
  private final WebhookProperties properties;
  private final Clock clock;

  WebhookSubscriptions(
      SubscriptionRepository subscriptions,
      EndpointPolicy endpoints,
      WebhookProperties properties,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.endpoints = endpoints;
    this.properties = properties;
    this.clock = clock;
  }

  /** A subscription and its secret, which is shown this once. */
  public record Registered(Subscription subscription, SigningSecret secret) {}

  /**
   * Registers {@code url} for {@code owner}'s applications with a new secret.
   *
   * @throws kz.cites.application.webhooks.domain.WebhookUrlRefused when the URL breaks a rule
   * @throws SubscriptionsExhausted when the owner has the most subscriptions allowed
   */
  @Transactional
  public Registered subscribe(Party owner, String url, String description) {
    var checked = endpoints.check(url);
    if (of(owner).size() >= properties.maxSubscriptions()) {
      throw new SubscriptionsExhausted(properties.maxSubscriptions());
    }
    SigningSecret secret = SigningSecret.generate();
    Subscription subscription =
        subscriptions.save(
            new Subscription(owner, checked, blankToNull(description), secret, clock.instant()));
    return new Registered(subscription, secret);
  }

  /** The caller's subscriptions, oldest first. */
  @Transactional(readOnly = true)
  public List<Subscription> of(Party caller) {
    return caller.isCompany()
        ? subscriptions.findByOwnerBinOrderByCreatedAtAscIdAsc(caller.bin())
        : subscriptions.findByOwnerIinAndOwnerBinIsNullOrderByCreatedAtAscIdAsc(caller.iin());
  }

  /** The caller's subscription {@code id}; anyone else's is empty. */
  @Transactional(readOnly = true)
  public Optional<Subscription> find(UUID id, Party caller) {
    return subscriptions.findById(id).filter(s -> s.isVisibleTo(caller));
  }

  /**
   * A new secret for the caller's subscription {@code id}; the old one still signs for {@code
   * cites.webhooks.secret-overlap}.
   */
  @Transactional
  public Optional<Registered> rotateSecret(UUID id, Party caller) {
    return find(id, caller)
        .map(
            subscription -> {
              SigningSecret secret = SigningSecret.generate();
              subscription.rotateSecret(secret, clock.instant(), properties.secretOverlap());
              return new Registered(subscription, secret);
            });
  }

  /** Removes the caller's subscription {@code id} with its deliveries; false when not found. */
  @Transactional
  public boolean unsubscribe(UUID id, Party caller) {
    Optional<Subscription> subscription = find(id, caller);
    subscription.ifPresent(subscriptions::delete);
    return subscription.isPresent();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

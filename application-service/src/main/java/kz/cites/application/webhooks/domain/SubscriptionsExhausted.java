package kz.cites.application.webhooks.domain;

/** A party already has the most webhook subscriptions allowed. */
public class SubscriptionsExhausted extends RuntimeException {

  private final int limit;

  public SubscriptionsExhausted(int limit) {
    super("at most " + limit + " webhook subscriptions per party");
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}

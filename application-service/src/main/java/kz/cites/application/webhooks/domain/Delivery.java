package kz.cites.application.webhooks.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import kz.cites.jpa.NewRowEntity;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One change of one application for one subscription: a row of the webhook outbox, written in the
 * transaction of the change, so that no change is lost and none is announced that did not happen.
 * Its id is the {@code webhook-id} of every attempt (a receiver drops a repeat by it).
 */
@Entity
@Table(name = "webhook_delivery")
public class Delivery extends NewRowEntity {

  /** Database order of insertion: the order of the changes. */
  @Column(name = "seq", insertable = false, updatable = false)
  private Long seq;

  @Column(name = "subscription_id", nullable = false)
  private UUID subscriptionId;

  @Column(name = "application_id", nullable = false)
  private UUID applicationId;

  @Column(name = "sequence", nullable = false)
  private int sequence;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  /** The exact body sent (column type json keeps the text as written). */
  @Column(name = "payload", nullable = false, columnDefinition = "json")
  @ColumnTransformer(write = "?::json")
  private WebhookPayload payload;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private DeliveryStatus status;

  /** Attempts since it was queued (created, or re-queued by a redelivery). */
  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_status_code")
  private Integer lastStatusCode;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "lease_token")
  private UUID leaseToken;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  protected Delivery() {}

  public Delivery(UUID subscriptionId, WebhookPayload payload, Instant now) {
    super(UUID.randomUUID());
    this.subscriptionId = subscriptionId;
    this.applicationId = payload.data().applicationId();
    this.sequence = payload.data().sequence();
    this.eventType = payload.type();
    this.payload = payload;
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = now;
    this.queuedAt = now;
    this.createdAt = now;
  }

  /**
   * Queues it again to be sent now, with a fresh schedule of attempts: a FAILED one, or a DELIVERED
   * one a receiver lost. A PENDING one is already queued: nothing changes.
   *
   * @return whether it was queued again
   */
  public boolean requeue(Instant now) {
    if (status == DeliveryStatus.PENDING) {
      return false;
    }
    status = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    queuedAt = now;
    leaseToken = null;
    leaseUntil = null;
    return true;
  }

  public UUID subscriptionId() {
    return subscriptionId;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public int sequence() {
    return sequence;
  }

  public String eventType() {
    return eventType;
  }

  public WebhookPayload payload() {
    return payload;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer lastStatusCode() {
    return lastStatusCode;
  }

  public String lastError() {
    return lastError;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}

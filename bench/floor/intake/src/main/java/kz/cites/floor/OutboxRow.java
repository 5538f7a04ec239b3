package kz.cites.floor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * An outbox row (seq, created_at and attempts from the table's defaults). Its id is assigned and it
 * has no version, so it says itself that it is new: Spring Data persists it instead of merging
 * (which would select it first).
 */
@Entity
@Table(name = "outbox_event")
class OutboxRow implements Persistable<UUID> {

  @Id private UUID id;

  @Column(name = "topic", nullable = false)
  private String topic;

  @Column(name = "message_key", nullable = false)
  private String messageKey;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  @Column(name = "payload", nullable = false)
  private String payload;

  @Column(name = "traceparent")
  private String traceparent;

  @Transient private boolean isNew = true;

  protected OutboxRow() {}

  OutboxRow(
      UUID id,
      String topic,
      String messageKey,
      String eventType,
      String payload,
      String traceparent) {
    this.id = id;
    this.topic = topic;
    this.messageKey = messageKey;
    this.eventType = eventType;
    this.payload = payload;
    this.traceparent = traceparent;
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  @PostPersist
  @PostLoad
  void stored() {
    isNew = false;
  }
}

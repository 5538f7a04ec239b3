package kz.cites.messaging;

import java.sql.Timestamp;
import java.util.List;
import kz.cites.events.CitesEvent;
import kz.cites.events.EventType;
import kz.cites.tracing.TraceContext;
import kz.cites.tracing.Traceparent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox. A service calls {@link #record} inside the transaction of the business
 * change; the event row commits or rolls back with it. After commit the {@link OutboxRelay} is
 * woken to publish it at once; if that fails (broker away, process killed), its next poll does.
 */
public class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  private final JdbcClient jdbc;
  private final EventJson json;
  private final OutboxRelay relay;
  private final List<CommittedEvents> committed;

  public Outbox(
      JdbcClient jdbc, EventJson json, OutboxRelay relay, List<CommittedEvents> committed) {
    this.jdbc = jdbc;
    this.json = json;
    this.relay = relay;
    this.committed = List.copyOf(committed);
  }

  /** Records {@code event} for publication; must run inside the business change's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(CitesEvent event) {
    EventType type = EventType.of(event);
    Traceparent trace =
        TraceContext.current().map(Traceparent::child).orElseGet(Traceparent::newTrace);
    jdbc.sql(
            """
            insert into outbox_event (id, topic, message_key, event_type, payload, traceparent, created_at)
            values (:id, :topic, :key, :type, :payload, :traceparent, :createdAt)
            """)
        .param("id", event.eventId())
        .param("topic", type.topic())
        .param("key", event.key())
        .param("type", type.cloudEventType())
        .param("payload", json.write(event))
        .param("traceparent", trace.toString())
        .param("createdAt", Timestamp.from(event.occurredAt()))
        .update();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            relay.wakeUp();
            for (CommittedEvents listener : committed) {
              try {
                listener.committed(event);
              } catch (RuntimeException e) {
                log.warn("{} failed on event {}", listener, event.eventId(), e);
              }
            }
          }
        });
  }
}

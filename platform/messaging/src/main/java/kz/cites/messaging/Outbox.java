package kz.cites.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.cites.events.CitesEvent;
import kz.cites.events.EventType;
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
 *
 * <p>The row keeps the W3C trace context ({@code traceparent}) of the work that recorded it (the
 * request's or the consumed event's span, as Micrometer Tracing knows it), so that the relay
 * publishes it as part of the same trace, however much later (ADR 0013).
 */
public class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  private final JdbcClient jdbc;
  private final EventJson json;
  private final OutboxRelay relay;
  private final List<CommittedEvents> committed;
  private final Tracer tracer;
  private final Propagator propagator;

  public Outbox(
      JdbcClient jdbc,
      EventJson json,
      OutboxRelay relay,
      List<CommittedEvents> committed,
      Tracer tracer,
      Propagator propagator) {
    this.jdbc = jdbc;
    this.json = json;
    this.relay = relay;
    this.committed = List.copyOf(committed);
    this.tracer = tracer;
    this.propagator = propagator;
  }

  /**
   * The W3C {@code traceparent} of the current span, as the propagator writes it; work without a
   * span (a timer no observation covers) gets one of its own, so its events still start a trace.
   * Null only when tracing is off.
   */
  private String traceparent(EventType type) {
    Span current = tracer.currentSpan();
    if (current != null) {
      return inject(current);
    }
    Span own = tracer.nextSpan().name("outbox record " + type.cloudEventType()).start();
    try {
      return inject(own);
    } finally {
      own.end();
    }
  }

  private String inject(Span span) {
    Map<String, String> carrier = new HashMap<>();
    propagator.inject(span.context(), carrier, Map::put);
    return carrier.get(TRACEPARENT);
  }

  static final String TRACEPARENT = "traceparent";

  /** Records {@code event} for publication; must run inside the business change's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(CitesEvent event) {
    EventType type = EventType.of(event);
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
        .param("traceparent", traceparent(type))
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

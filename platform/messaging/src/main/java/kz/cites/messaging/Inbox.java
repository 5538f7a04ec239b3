package kz.cites.messaging;

import kz.cites.events.CitesEvent;
import kz.cites.events.EventType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotent-consumer inbox: the event id is inserted first, in the transaction of the effect,
 * and the primary key turns a redelivery into a no-op even when two deliveries race.
 */
public class Inbox {

  private final JdbcClient jdbc;

  public Inbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** True when {@code consumer} sees {@code event} for the first time; records it if so. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean firstDelivery(String consumer, CitesEvent event) {
    return jdbc.sql(
                """
                insert into inbox_event (consumer, event_id, event_type) values (:consumer, :id, :type)
                on conflict do nothing
                """)
            .param("consumer", consumer)
            .param("id", event.eventId())
            .param("type", EventType.of(event).cloudEventType())
            .update()
        == 1;
  }
}

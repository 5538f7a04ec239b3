package kz.cites.permit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import kz.cites.events.CitesEvent;
import kz.cites.messaging.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds an event to the service the way its producer would: recorded in an outbox, relayed to its
 * topic and consumed by the service's listener (the test context runs relay and listeners).
 */
public final class Inputs {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private Inputs() {}

  public static void feed(
      Outbox outbox, PlatformTransactionManager transactions, CitesEvent event) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> outbox.record(event));
  }

  /** {@link #feed}, then waits until permit-service has processed the event (its inbox entry). */
  public static void feedAndAwait(
      Outbox outbox, PlatformTransactionManager transactions, JdbcClient jdbc, CitesEvent event) {
    feed(outbox, transactions, event);
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from inbox_event where consumer = 'permit-service'"
                                + " and event_id = :id")
                        .param("id", event.eventId())
                        .query(Integer.class)
                        .single()
                    == 1);
  }
}

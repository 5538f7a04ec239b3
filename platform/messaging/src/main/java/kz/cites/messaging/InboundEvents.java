package kz.cites.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import kz.cites.events.CitesEvent;
import kz.cites.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every Kafka listener of ours does with a record: read the event by its CloudEvents type and
 * apply the effect once, in one transaction with the inbox entry (and with any outbox rows the
 * effect records). Types a consumer has no use for pass by untouched.
 */
public class InboundEvents {

  private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

  private final EventJson json;
  private final Inbox inbox;
  private final TransactionTemplate tx;
  private final MeterRegistry meters;

  public InboundEvents(EventJson json, Inbox inbox, TransactionTemplate tx, MeterRegistry meters) {
    this.json = json;
    this.inbox = inbox;
    this.tx = tx;
    this.meters = meters;
  }

  /**
   * Applies {@code effect} to the record's event unless {@code consumer} has already processed it.
   *
   * @throws PoisonEventException when the record can never be read (it then goes to the DLT)
   */
  public void process(
      ConsumerRecord<String, String> record, String consumer, Consumer<CitesEvent> effect) {
    String cloudEventType =
        header(record, "ce_type")
            .orElseThrow(() -> new PoisonEventException("Record without a ce_type header"));
    Optional<EventType> type = EventType.fromCloudEventType(cloudEventType);
    if (type.isEmpty()) {
      log.debug("{} ignores event type {}", consumer, cloudEventType);
      return;
    }
    CitesEvent event = json.read(type.get(), record.value());
    tx.executeWithoutResult(
        status -> {
          if (inbox.firstDelivery(consumer, event)) {
            // one line per event applied, in the event's trace: what an operator follows
            log.info(
                "{} applies {} {} (key {})",
                consumer,
                cloudEventType,
                event.eventId(),
                record.key());
            effect.accept(event);
          } else {
            log.info("{} skips redelivered event {}", consumer, event.eventId());
            duplicates(consumer).increment();
          }
        });
  }

  /** {@code cites.inbox.duplicates}: deliveries the inbox recognised and skipped, per consumer. */
  private Counter duplicates(String consumer) {
    return Counter.builder("cites.inbox.duplicates")
        .description("Redelivered events the inbox recognised and skipped")
        .tag("consumer", consumer)
        .register(meters);
  }

  private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null
        ? Optional.empty()
        : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }
}

package kz.cites.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import kz.cites.events.CitesEvent;
import kz.cites.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every Kafka listener of ours does with a record: read the event by its CloudEvents type and
 * apply the effect once, in one transaction with the inbox entry (and with any outbox rows the
 * effect records). Types a consumer has no use for pass by untouched: no transaction, no inbox row
 * (a consumer says which it uses with {@link Effects}; issue 18 counted one transaction per
 * application spent on an event permit-service only skipped).
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

  /** What a consumer does with each event type it uses; see {@link Effects}. */
  public static Effects effects() {
    return new Effects();
  }

  /**
   * The effects of one consumer, one per event type it uses. A type without one passes by as a type
   * this release does not know does: not read, no transaction, no inbox row.
   */
  public static final class Effects {

    private final Map<EventType, Consumer<CitesEvent>> byType = new EnumMap<>(EventType.class);

    private Effects() {}

    /** {@code effect} for the events of {@code type}; one effect per type. */
    public <E extends CitesEvent> Effects on(Class<E> type, Consumer<? super E> effect) {
      Consumer<CitesEvent> typed = event -> effect.accept(type.cast(event));
      if (byType.putIfAbsent(EventType.of(type), typed) != null) {
        throw new IllegalArgumentException("Two effects for " + type.getSimpleName());
      }
      return this;
    }

    boolean uses(EventType type) {
      return byType.containsKey(type);
    }

    /** The effect for {@code type}; {@code null} for a type this consumer has no use for. */
    @Nullable Consumer<CitesEvent> effectOf(EventType type) {
      return byType.get(type);
    }
  }

  /**
   * Applies the effect {@code effects} names for the record's event type unless {@code consumer}
   * has already processed it; a type {@code effects} does not name passes by.
   *
   * @throws PoisonEventException when a record of a type used can never be read (it then goes to
   *     the DLT)
   */
  public void process(ConsumerRecord<String, String> record, String consumer, Effects effects) {
    process(record, consumer, effects::effectOf);
  }

  /**
   * Applies {@code effect} to the record's event, whatever its (known) type, unless {@code
   * consumer} has already processed it.
   *
   * @throws PoisonEventException when the record can never be read (it then goes to the DLT)
   */
  public void process(
      ConsumerRecord<String, String> record, String consumer, Consumer<CitesEvent> effect) {
    process(record, consumer, type -> effect);
  }

  /**
   * {@code effectOf} names the effect for an event type, or {@code null} for one that passes by.
   */
  private void process(
      ConsumerRecord<String, String> record,
      String consumer,
      Function<EventType, @Nullable Consumer<CitesEvent>> effectOf) {
    String cloudEventType =
        header(record, "ce_type")
            .orElseThrow(() -> new PoisonEventException("Record without a ce_type header"));
    Optional<EventType> type = EventType.fromCloudEventType(cloudEventType);
    Consumer<CitesEvent> effect = type.map(effectOf).orElse(null);
    if (effect == null) {
      log.debug("{} has no use for event type {}", consumer, cloudEventType);
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

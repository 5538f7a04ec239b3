package kz.cites.floor.kafka;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Kafka floor variant only (built with {@code -Pkafka}; the default build leaves this package
 * out): one consumer on one topic, as a real service has at least one.
 *
 * <p>Idle, it is what bench/floor-footprint.sh measures spring-kafka (a consumer, its poll thread,
 * the admin client) and the actuator adding to the floor's memory and start. Under load
 * (bench/event-floor.sh) each record is the floor of the unit our consumers repeat for every event
 * they use: in one transaction the inbox entry (a redelivery applies nothing), one write of the
 * case the event is about and one outbox row announcing the result; then, as the outbox relay does,
 * in a second transaction the row is read locked, published with the broker's acknowledgement
 * awaited, and marked published. Plain {@code JdbcTemplate} under Boot's JPA transaction manager
 * (the services add Hibernate on top), no tracing, no logging per record, no JSON parsing: what
 * the floor leaves out is what our code spends beyond it. With {@code floor.announce=false} a record
 * is only consumed and applied (inbox entry and case write, no outbox row, nothing published): the
 * unit of a consumer whose effect announces nothing.
 */
@Component
public class FloorListener {

  static final String TOPIC = "bench.floor";
  static final String OUT = "bench.floor.out";
  static final String CONSUMER = "intake-floor";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final KafkaTemplate<String, String> kafka;
  private final boolean announce;

  FloorListener(
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      KafkaTemplate<String, String> kafka,
      @Value("${floor.announce:true}") boolean announce) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.kafka = kafka;
    this.announce = announce;
  }

  @Bean
  NewTopic floorTopic() {
    return new NewTopic(TOPIC, 1, (short) 1);
  }

  @Bean
  NewTopic floorOutTopic() {
    return new NewTopic(OUT, 1, (short) 1);
  }

  @KafkaListener(topics = TOPIC, groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    UUID eventId = UUID.fromString(header(record, "ce_id"));
    String type = header(record, "ce_type");
    UUID announced = UUID.randomUUID();
    Boolean applied =
        tx.execute(
            status -> {
              if (jdbc.update(
                      "insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?)"
                          + " on conflict do nothing",
                      CONSUMER,
                      eventId,
                      type)
                  == 0) {
                return false; // redelivered: no second effect
              }
              jdbc.update(
                  "insert into floor_case (id, status, version) values (?, ?, 0) on conflict (id)"
                      + " do update set status = excluded.status, version = floor_case.version + 1",
                  UUID.fromString(record.key()),
                  type);
              if (!announce) {
                return false; // the variant without the announcement: nothing to publish
              }
              jdbc.update(
                  "insert into outbox_event (id, topic, message_key, event_type, payload,"
                      + " traceparent) values (?, ?, ?, ?, ?, ?)",
                  announced,
                  OUT,
                  record.key(),
                  type + ".Done",
                  record.value(),
                  "00-00000000000000000000000000000001-0000000000000001-01");
              return true;
            });
    if (Boolean.TRUE.equals(applied)) {
      publish(announced);
    }
  }

  /** The relay's step: the row read locked, sent, acknowledged, marked published. */
  private void publish(UUID id) {
    tx.executeWithoutResult(
        status -> {
          List<ProducerRecord<String, String>> rows =
              jdbc.query(
                  "select topic, message_key, event_type, payload from outbox_event"
                      + " where id = ? and published_at is null for update skip locked",
                  (rs, n) -> {
                    var out =
                        new ProducerRecord<>(
                            rs.getString("topic"),
                            rs.getString("message_key"),
                            rs.getString("payload"));
                    out.headers().add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
                    out.headers()
                        .add("ce_type", rs.getString("event_type").getBytes(StandardCharsets.UTF_8));
                    return out;
                  },
                  id);
          for (ProducerRecord<String, String> out : rows) {
            try {
              kafka.send(out).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
              throw new IllegalStateException("not published: " + id, e);
            }
            jdbc.update("update outbox_event set published_at = now() where id = ?", id);
          }
        });
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    if (header == null) {
      throw new IllegalArgumentException("record without " + name);
    }
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}

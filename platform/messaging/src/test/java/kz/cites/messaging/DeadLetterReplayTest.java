package kz.cites.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.cites.events.EventType;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.events.Topics;
import kz.cites.testsupport.EmbeddedInfrastructure;
import kz.cites.testsupport.TestInfrastructure;
import kz.cites.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A dead letter replayed after its cause was fixed reaches the consumers as it first came (key,
 * value, CloudEvents headers), has its effect once, and is replayed once.
 */
@SpringBootTest(classes = MessagingTestApplication.class)
@Import(TestInfrastructure.class)
class DeadLetterReplayTest {

  @Autowired KafkaTemplate<String, String> kafka;
  @Autowired EventJson json;
  @Autowired JdbcClient jdbc;
  @Autowired MessagingTestApplication.NoteListener listener;

  @Test
  void aReplayedDeadLetterIsConsumedOnceWithItsOriginalHeadersAndReplayedOnce() throws Exception {
    UUID applicationId = UUID.randomUUID();
    var event =
        new ReviewCaseOpened(UUID.randomUUID(), Instant.now(), applicationId, Instant.now());
    // as the error handler parks it: the original record plus the failure headers
    var parked =
        new ProducerRecord<String, String>(
            Topics.deadLetterOf(Topics.PERMIT), applicationId.toString(), json.write(event));
    parked.headers().add("ce_type", bytes(EventType.of(event).cloudEventType()));
    parked.headers().add("ce_id", bytes(event.eventId().toString()));
    parked.headers().add("ce_source", bytes("/cites/permit-service"));
    parked
        .headers()
        .add("traceparent", bytes("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
    parked.headers().add("kafka_dlt-exception-message", bytes("the bug, since fixed"));
    parked.headers().add("kafka_dlt-original-topic", bytes(Topics.PERMIT));
    kafka.send(parked).get();

    DeadLetterReplay replay = new DeadLetterReplay(bootstrap(), Duration.ofSeconds(3));
    int first = replay.replay(Topics.PERMIT);

    assertThat(first).isGreaterThanOrEqualTo(1);
    await().atMost(Duration.ofSeconds(30)).until(() -> effectsOf(event.eventId()) == 1);
    ConsumerRecord<String, String> back =
        TopicRecords.readAll(bootstrap(), Topics.PERMIT).stream()
            .filter(r -> applicationId.toString().equals(r.key()))
            .findFirst()
            .orElseThrow();
    assertThat(back.value()).isEqualTo(json.write(event));
    assertThat(header(back, "ce_id")).isEqualTo(event.eventId().toString());
    // the trace context as the dead letter carries it (the producer that parked it wrote its own:
    // the error handler's, in the consumer's span, continues the failed record's trace)
    ConsumerRecord<String, String> deadLetter =
        TopicRecords.readAll(bootstrap(), Topics.deadLetterOf(Topics.PERMIT)).stream()
            .filter(r -> applicationId.toString().equals(r.key()))
            .findFirst()
            .orElseThrow();
    assertThat(values(back, "traceparent")).isEqualTo(values(deadLetter, "traceparent"));
    assertThat(values(back, "traceparent")).hasSize(1);
    assertThat(back.headers().lastHeader("kafka_dlt-exception-message")).isNull();
    assertThat(header(back, DeadLetterReplay.REPLAYED_FROM))
        .startsWith(Topics.deadLetterOf(Topics.PERMIT) + "/");

    // a second run does not put it back again (other tests' poison records, which failed again,
    // may go back: they are new dead letters); and the record, had it come twice, has one effect
    replay.replay(Topics.deadLetterOf(Topics.PERMIT));
    assertThat(
            TopicRecords.readAll(bootstrap(), Topics.PERMIT).stream()
                .filter(r -> applicationId.toString().equals(r.key())))
        .hasSize(1);
    int deliveredBefore = listener.deliveries.get();
    kafka.send(DeadLetterReplay.backOnto(Topics.PERMIT, back)).get();
    // the duplicate was delivered (the listener counts every delivery) and had no second effect
    await().atMost(Duration.ofSeconds(30)).until(() -> listener.deliveries.get() > deliveredBefore);
    assertThat(effectsOf(event.eventId())).isEqualTo(1);
  }

  @Test
  void onlyEventTopicsCanBeReplayed() {
    DeadLetterReplay replay = new DeadLetterReplay(bootstrap(), Duration.ofSeconds(1));
    assertThatThrownBy(() -> replay.replay("__consumer_offsets"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not an event topic");
  }

  private static java.util.List<String> values(ConsumerRecord<String, String> record, String name) {
    return java.util.stream.StreamSupport.stream(
            record.headers().headers(name).spliterator(), false)
        .map(h -> new String(h.value(), java.nio.charset.StandardCharsets.UTF_8))
        .toList();
  }

  private long effectsOf(UUID eventId) {
    return jdbc.sql("select count(*) from note_effect where event_id = :id")
        .param("id", eventId)
        .query(Long.class)
        .single();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static String bootstrap() {
    return EmbeddedInfrastructure.kafkaBootstrapServers();
  }
}

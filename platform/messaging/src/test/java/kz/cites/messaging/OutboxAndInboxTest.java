package kz.cites.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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

/** The outbox and the inbox on a real PostgreSQL and a real Kafka broker. */
@SpringBootTest(classes = MessagingTestApplication.class)
@Import(TestInfrastructure.class)
class OutboxAndInboxTest {

  @Autowired MessagingTestApplication.NoteService notes;
  @Autowired MessagingTestApplication.NoteListener listener;
  @Autowired MessagingTestApplication.OverdueListener overdue;
  @Autowired OutboxRelay relay;
  @Autowired JdbcClient jdbc;
  @Autowired KafkaTemplate<String, String> kafka;
  @Autowired MeterRegistry meters;

  @Test
  void aCommittedChangeIsPublishedExactlyOnceWithCloudEventsHeaders() {
    UUID applicationId = UUID.randomUUID();

    ReviewCaseOpened event = notes.addNote(applicationId, false);

    await().until(() -> publishedAt(event.eventId()) != null);
    relay.publishPending(); // the poller finds nothing left to send
    assertThat(relay.publish(event.eventId())).isFalse();
    List<ConsumerRecord<String, String>> onTopic = recordsOf(applicationId);
    assertThat(onTopic).hasSize(1);
    ConsumerRecord<String, String> record = onTopic.getFirst();
    assertThat(header(record, "ce_id")).isEqualTo(event.eventId().toString());
    assertThat(header(record, "ce_type")).isEqualTo("kz.cites.ReviewCaseOpened");
    assertThat(header(record, "ce_source")).isEqualTo("/cites/messaging-test");
    assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
    assertThat(header(record, "ce_subject")).isEqualTo(applicationId.toString());
    assertThat(header(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    assertThat(record.value()).contains(event.eventId().toString());
    await().until(() -> effectsOf(event.eventId()) == 1);
  }

  @Test
  void oneApplicationsEventsArePublishedInTheOrderRecorded() {
    UUID applicationId = UUID.randomUUID();

    List<UUID> recorded = notes.addNotesInOneTransaction(applicationId, 5);

    await().until(() -> recordsOf(applicationId).size() == 5);
    assertThat(recordsOf(applicationId).stream().map(r -> UUID.fromString(header(r, "ce_id"))))
        .containsExactlyElementsOf(recorded);
  }

  /**
   * The relay hands a whole batch to the producer before it waits for the broker: every row still
   * goes out once, each application's rows in their order, and every row is marked published.
   */
  @Test
  void aBatchOfSeveralApplicationsIsPublishedOnceEachInOrder() {
    List<UUID> applications = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    var recorded = notes.addInterleavedNotes(applications, 12);

    for (UUID applicationId : applications) {
      await().until(() -> recordsOf(applicationId).size() >= 12);
      assertThat(recordsOf(applicationId).stream().map(r -> UUID.fromString(header(r, "ce_id"))))
          .containsExactlyElementsOf(recorded.get(applicationId));
    }
    await()
        .until(
            () ->
                recorded.values().stream()
                    .flatMap(List::stream)
                    .allMatch(id -> publishedAt(id) != null));
    relay.publishPending(); // nothing left: no row goes a second time
    for (UUID applicationId : applications) {
      assertThat(recordsOf(applicationId)).hasSize(12);
    }
  }

  @Test
  void aRolledBackChangePublishesNothing() {
    UUID applicationId = UUID.randomUUID();

    assertThatThrownBy(() -> notes.addNote(applicationId, true))
        .isInstanceOf(IllegalStateException.class);
    relay.publishPending();

    assertThat(
            jdbc.sql("select count(*) from outbox_event where message_key = :key")
                .param("key", applicationId.toString())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(recordsOf(applicationId)).isEmpty();
  }

  @Test
  void aRedeliveredEventHasNoSecondEffect() {
    UUID applicationId = UUID.randomUUID();
    ReviewCaseOpened event = notes.addNote(applicationId, false);
    await().until(() -> effectsOf(event.eventId()) == 1);
    int deliveriesBefore = listener.deliveries.get();

    ConsumerRecord<String, String> original = recordsOf(applicationId).getFirst();
    kafka.send(
        new ProducerRecord<>(
            Topics.PERMIT, null, original.key(), original.value(), original.headers()));

    double skippedBefore = duplicatesSkipped();
    await().until(() -> listener.deliveries.get() > deliveriesBefore);
    assertThat(effectsOf(event.eventId())).isEqualTo(1);
    // operators see it: cites.inbox.duplicates{consumer}
    await().until(() -> duplicatesSkipped() > skippedBefore);
    assertThat(
            jdbc.sql("select count(*) from inbox_event where event_id = :id")
                .param("id", event.eventId())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anEventTypeAConsumerHasNoUseForPassesByWithoutAnInboxRow() {
    UUID applicationId = UUID.randomUUID();
    int deliveriesBefore = overdue.deliveries.get();
    ReviewCaseOpened event = notes.addNote(applicationId, false);
    // the consumer that uses every type has applied it: the record is on the topic
    await().until(() -> effectsOf(event.eventId()) == 1);
    await().until(() -> overdue.deliveries.get() > deliveriesBefore);

    assertThat(overdue.effects).hasValue(0);
    assertThat(
            jdbc.sql("select consumer from inbox_event where event_id = :id")
                .param("id", event.eventId())
                .query(String.class)
                .list())
        .containsExactly("messaging-test");
  }

  @Test
  void aConsumerHasOneEffectPerEventType() {
    var effects = InboundEvents.effects().on(ReviewCaseOpened.class, event -> {});
    assertThatThrownBy(() -> effects.on(ReviewCaseOpened.class, event -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ReviewCaseOpened");
    assertThat(effects.uses(kz.cites.events.EventType.REVIEW_CASE_OPENED)).isTrue();
    assertThat(effects.uses(kz.cites.events.EventType.REVIEW_OVERDUE)).isFalse();
  }

  @Test
  void anUnreadableEventGoesToTheDeadLetterTopic() {
    String key = UUID.randomUUID().toString();
    var poison = new ProducerRecord<String, String>(Topics.PERMIT, key, "{not json");
    poison.headers().add("ce_type", "kz.cites.ReviewCaseOpened".getBytes(StandardCharsets.UTF_8));

    kafka.send(poison);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                TopicRecords.readAll(bootstrap(), Topics.deadLetterOf(Topics.PERMIT)).stream()
                    .anyMatch(r -> key.equals(r.key())));
    // counted per original topic: cites.dead.letters{topic}
    await()
        .until(
            () -> {
              var sent = meters.find("cites.dead.letters").tag("topic", Topics.PERMIT).counter();
              return sent != null && sent.count() >= 1;
            });
  }

  private double duplicatesSkipped() {
    var skipped = meters.find("cites.inbox.duplicates").tag("consumer", "messaging-test").counter();
    return skipped == null ? 0 : skipped.count();
  }

  private List<ConsumerRecord<String, String>> recordsOf(UUID applicationId) {
    return TopicRecords.readAll(bootstrap(), Topics.PERMIT).stream()
        .filter(r -> applicationId.toString().equals(r.key()))
        .toList();
  }

  private java.sql.Timestamp publishedAt(UUID eventId) {
    return jdbc.sql("select published_at from outbox_event where id = :id")
        .param("id", eventId)
        .query(java.sql.Timestamp.class)
        .optional()
        .orElse(null);
  }

  private long effectsOf(UUID eventId) {
    return jdbc.sql("select count(*) from note_effect where event_id = :id")
        .param("id", eventId)
        .query(Long.class)
        .single();
  }

  private static String bootstrap() {
    return EmbeddedInfrastructure.kafkaBootstrapServers();
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}

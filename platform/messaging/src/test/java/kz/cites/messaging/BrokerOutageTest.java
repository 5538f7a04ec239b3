package kz.cites.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kz.cites.events.Topics;
import kz.cites.testsupport.EmbeddedInfrastructure;
import kz.cites.testsupport.PostgresTestConfiguration;
import kz.cites.testsupport.TopicRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Events recorded while the broker cannot be reached stay in the outbox and are published, once
 * each and in order, when it can be reached again.
 */
@SpringBootTest(
    classes = MessagingTestApplication.class,
    properties = {
      "spring.kafka.listener.auto-startup=false",
      "spring.kafka.admin.fail-fast=false",
      "cites.test.database=messaging_outage",
      "spring.kafka.producer.properties.max.block.ms=1000",
      "spring.kafka.producer.properties.request.timeout.ms=1000",
      "spring.kafka.producer.properties.delivery.timeout.ms=2000"
    })
@Import(PostgresTestConfiguration.class)
class BrokerOutageTest {

  static final int GATE_PORT = TcpGate.freePort();
  static final TcpGate brokerAddress =
      new TcpGate(GATE_PORT, EmbeddedInfrastructure.kafkaBootstrapServers());

  @DynamicPropertySource
  static void brokerAddress(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + GATE_PORT);
  }

  @AfterAll
  static void closeGate() throws Exception {
    brokerAddress.close();
  }

  @Autowired MessagingTestApplication.NoteService notes;
  @Autowired JdbcClient jdbc;

  @Test
  void eventsRecordedWhileTheBrokerIsDownArePublishedOnceItIsBack() throws Exception {
    UUID applicationId = UUID.randomUUID();
    List<UUID> eventIds =
        List.of(
            notes.addNote(applicationId, false).eventId(),
            notes.addNote(applicationId, false).eventId(),
            notes.addNote(applicationId, false).eventId());

    await().atMost(Duration.ofSeconds(30)).until(() -> failedAttempts(eventIds.getFirst()) >= 2);
    assertThat(unpublished(eventIds)).isEqualTo(3);

    brokerAddress.open();

    await().atMost(Duration.ofSeconds(60)).until(() -> unpublished(eventIds) == 0);
    var onTopic =
        TopicRecords.readAll(EmbeddedInfrastructure.kafkaBootstrapServers(), Topics.PERMIT).stream()
            .filter(r -> applicationId.toString().equals(r.key()))
            .map(r -> new String(r.headers().lastHeader("ce_id").value()))
            .toList();
    assertThat(onTopic)
        .as("each event once, in the order recorded")
        .containsExactlyElementsOf(eventIds.stream().map(UUID::toString).toList());
  }

  private long unpublished(List<UUID> eventIds) {
    return jdbc.sql("select count(*) from outbox_event where id in (:ids) and published_at is null")
        .param("ids", eventIds)
        .query(Long.class)
        .single();
  }

  private int failedAttempts(UUID eventId) {
    return jdbc.sql("select attempts from outbox_event where id = :id")
        .param("id", eventId)
        .query(Integer.class)
        .single();
  }
}

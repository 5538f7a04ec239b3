package kz.cites.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.cites.events.Topics;
import kz.cites.testsupport.EmbeddedInfrastructure;
import kz.cites.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the outbox and the inbox keep, and for how long; and the calendar topic kept forever. */
@SpringBootTest(classes = MessagingTestApplication.class)
@Import(TestInfrastructure.class)
class MessageRetentionTest {

  @Autowired MessageRetention retention;
  @Autowired JdbcClient jdbc;

  @Test
  void publishedOutboxRowsAndOldInboxRowsGoWhatIsStillNeededStays() {
    UUID publishedLongAgo = outboxRow("now() - interval '8 days'", "now() - interval '8 days'");
    UUID publishedYesterday = outboxRow("now() - interval '1 day'", "now() - interval '1 day'");
    UUID neverPublished = outboxRow("now() - interval '9 days'", null);
    UUID seenLongAgo = inboxRow("now() - interval '31 days'");
    UUID seenLastWeek = inboxRow("now() - interval '7 days'");

    MessageRetention.Purged purged = retention.purge();

    assertThat(purged.outboxRows()).isGreaterThanOrEqualTo(1);
    assertThat(purged.inboxRows()).isGreaterThanOrEqualTo(1);
    assertThat(outboxIds())
        .doesNotContain(publishedLongAgo)
        .contains(publishedYesterday, neverPublished);
    assertThat(inboxIds()).doesNotContain(seenLongAgo).contains(seenLastWeek);
  }

  @Test
  void theCalendarTopicIsCompactedTheOthersDeleteByAge() throws Exception {
    try (AdminClient admin =
        AdminClient.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers()))) {
      ConfigResource calendar = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CALENDAR);
      ConfigResource permit = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PERMIT);
      ConfigResource permitDeadLetters =
          new ConfigResource(ConfigResource.Type.TOPIC, Topics.deadLetterOf(Topics.PERMIT));
      var configs = admin.describeConfigs(List.of(calendar, permit, permitDeadLetters)).all().get();

      assertThat(configs.get(calendar).get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
          .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
      assertThat(configs.get(permit).get(TopicConfig.CLEANUP_POLICY_CONFIG).value())
          .isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
      // the declared retentions (P7D events, P30D dead letters), not the broker's defaults
      assertThat(configs.get(permit).get(TopicConfig.RETENTION_MS_CONFIG).value())
          .isEqualTo(Long.toString(Duration.ofDays(7).toMillis()));
      assertThat(configs.get(permitDeadLetters).get(TopicConfig.RETENTION_MS_CONFIG).value())
          .isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
    }
  }

  private UUID outboxRow(String createdAt, String publishedAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into outbox_event (id, topic, message_key, event_type, payload, traceparent,"
                + " created_at, published_at) values (:id, 'cites.permit.events', :key,"
                + " 'kz.cites.ReviewCaseOpened', '{}', '00-x', "
                + createdAt
                + ", "
                + (publishedAt == null ? "null" : publishedAt)
                + ")")
        .param("id", id)
        .param("key", id.toString())
        .update();
    return id;
  }

  private UUID inboxRow(String processedAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into inbox_event (consumer, event_id, event_type, processed_at)"
                + " values ('retention-test', :id, 'kz.cites.ReviewCaseOpened', "
                + processedAt
                + ")")
        .param("id", id)
        .update();
    return id;
  }

  private List<UUID> outboxIds() {
    return jdbc.sql("select id from outbox_event").query(UUID.class).list();
  }

  private List<UUID> inboxIds() {
    return jdbc.sql("select event_id from inbox_event").query(UUID.class).list();
  }
}

package kz.cites.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.cites.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class TopicDeclarationsTest {

  @Test
  void aProductionSettingDeclaresReplicationAndInSyncReplicasOnEveryTopic() {
    var settings =
        new MessagingProperties.Topics(6, (short) 3, 2, Duration.ofDays(14), Duration.ofDays(60));

    List<NewTopic> topics = TopicDeclarations.of(settings);

    assertThat(topics).hasSize(Topics.ALL.size() * 2);
    assertThat(topics)
        .allSatisfy(
            topic -> {
              assertThat(topic.numPartitions()).isEqualTo(6);
              assertThat(topic.replicationFactor()).isEqualTo((short) 3);
              assertThat(topic.configs())
                  .containsEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2");
            });
    assertThat(config(topics, Topics.FEE))
        .containsEntry(TopicConfig.RETENTION_MS_CONFIG, "1209600000")
        .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
    assertThat(config(topics, Topics.deadLetterOf(Topics.FEE)))
        .containsEntry(TopicConfig.RETENTION_MS_CONFIG, "5184000000");
    assertThat(config(topics, Topics.CALENDAR))
        .containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
        .doesNotContainKey(TopicConfig.RETENTION_MS_CONFIG);
  }

  @Test
  void withoutSettingsReplicationIsTheBrokersDefault() {
    List<NewTopic> topics =
        TopicDeclarations.of(new MessagingProperties.Topics(null, null, null, null, null));

    assertThat(topics)
        .allSatisfy(
            topic -> {
              assertThat(topic.numPartitions()).isEqualTo(3);
              assertThat(topic.replicationFactor()).isEqualTo((short) -1);
              assertThat(topic.configs())
                  .doesNotContainKey(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
            });
  }

  @Test
  void anInboxForgettingEventsTheTopicsStillHoldIsRefusedAtStartUp() {
    var topics = new MessagingProperties.Topics(null, null, null, Duration.ofDays(7), null);
    var inboxOfAWeek = new MessagingProperties.Retention(null, Duration.ofDays(7), null);

    assertThatThrownBy(() -> new MessagingProperties(null, null, topics, null, inboxOfAWeek))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cites.messaging.retention.inbox")
        .hasMessageContaining("PT720H");
  }

  /** docs/asyncapi.yaml states each topic's declared partitions, cleanup policy and retention. */
  @Test
  void theAsyncApiDocumentDescribesTheDeclaredTopics() throws IOException {
    String document = Files.readString(Path.of("../../docs/asyncapi.yaml"));
    List<NewTopic> topics =
        TopicDeclarations.of(new MessagingProperties.Topics(null, null, null, null, null));

    for (NewTopic topic : topics) {
      String channel = document.substring(document.indexOf("    address: " + topic.name() + "\n"));
      String bindings = channel.substring(0, channel.indexOf("bindingVersion"));
      assertThat(bindings)
          .as(topic.name())
          .contains("partitions: " + topic.numPartitions())
          .contains(
              "cleanup.policy: [" + topic.configs().get(TopicConfig.CLEANUP_POLICY_CONFIG) + "]");
      String retention = topic.configs().get(TopicConfig.RETENTION_MS_CONFIG);
      if (retention != null) {
        assertThat(bindings).as(topic.name()).contains("retention.ms: " + retention);
      }
    }
  }

  private static Map<String, String> config(List<NewTopic> topics, String name) {
    return topics.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().configs();
  }
}

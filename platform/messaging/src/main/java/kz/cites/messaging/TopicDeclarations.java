package kz.cites.messaging;

import java.util.ArrayList;
import java.util.List;
import kz.cites.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The event topics and their dead-letter topics as this service declares them: partitions,
 * replication, {@code min.insync.replicas}, retention and cleanup policy, one place for all of them
 * (the AsyncAPI document describes the result).
 */
final class TopicDeclarations {

  private TopicDeclarations() {}

  static List<NewTopic> of(MessagingProperties.Topics settings) {
    List<NewTopic> topics = new ArrayList<>();
    for (String topic : Topics.ALL) {
      TopicBuilder events = common(TopicBuilder.name(topic), settings);
      if (topic.equals(Topics.CALENDAR)) {
        // keyed by the date, the last change of a day is its state: compacted, never deleted by
        // age, so a service that starts years later still learns every administrator's mark
        events = events.compact();
      } else {
        events =
            events
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .config(
                    TopicConfig.RETENTION_MS_CONFIG,
                    Long.toString(settings.retention().toMillis()));
      }
      topics.add(events.build());
      topics.add(
          common(TopicBuilder.name(Topics.deadLetterOf(topic)), settings)
              .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
              .config(
                  TopicConfig.RETENTION_MS_CONFIG,
                  Long.toString(settings.deadLetterRetention().toMillis()))
              .build());
    }
    return topics;
  }

  private static TopicBuilder common(TopicBuilder topic, MessagingProperties.Topics settings) {
    TopicBuilder declared = topic.partitions(settings.partitions());
    if (settings.replicationFactor() != null) {
      declared = declared.replicas(settings.replicationFactor());
    }
    if (settings.minInSyncReplicas() != null) {
      declared =
          declared.config(
              TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
              Integer.toString(settings.minInSyncReplicas()));
    }
    return declared;
  }
}

package kz.cites.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the outbox relay, the topics and the consumers ({@code cites.messaging.*}).
 *
 * @param source CloudEvents {@code ce_source} of what this service publishes; defaults to {@code
 *     /cites/<spring.application.name>}
 */
@ConfigurationProperties("cites.messaging")
public record MessagingProperties(
    String source, Outbox outbox, Topics topics, Consumer consumer, Retention retention) {

  public MessagingProperties {
    outbox = outbox == null ? new Outbox(null, null, null, null) : outbox;
    topics = topics == null ? new Topics(null, null, null, null, null) : topics;
    consumer = consumer == null ? new Consumer(null, null) : consumer;
    retention = retention == null ? new Retention(null, null, null) : retention;
    // The inbox is what makes a redelivered event harmless; an event the broker may still
    // redeliver (or an operator replay from the dead letters) must find its id there.
    Duration longestKept =
        topics.retention().compareTo(topics.deadLetterRetention()) >= 0
            ? topics.retention()
            : topics.deadLetterRetention();
    if (retention.inbox().compareTo(longestKept) < 0) {
      throw new IllegalArgumentException(
          "cites.messaging.retention.inbox ("
              + retention.inbox()
              + ") must be at least the topics' retention ("
              + longestKept
              + "): an event still on a topic would be applied twice once its inbox row is gone");
    }
  }

  /**
   * How long the outbox and the inbox keep rows ({@code cites.messaging.retention.*}).
   *
   * @param outbox published outbox rows are deleted after this (P7D): the broker has the event
   * @param inbox inbox rows are deleted after this (P30D); keep it longer than the topics'
   *     retention, or a redelivered or replayed event older than it would be applied again
   * @param interval how often the retention pass runs (PT1H)
   */
  public record Retention(Duration outbox, Duration inbox, Duration interval) {
    public Retention {
      outbox = outbox == null ? Duration.ofDays(7) : outbox;
      inbox = inbox == null ? Duration.ofDays(30) : inbox;
      interval = interval == null ? Duration.ofHours(1) : interval;
    }
  }

  /**
   * @param pollInterval how often the poller looks for rows the after-commit relay did not publish
   *     (restart, broker outage)
   * @param batchSize rows per poll
   * @param sendTimeout how long one publication may wait for the broker's acknowledgement
   * @param stuckAfter the outbox counts as stuck, and the service as not ready (health {@code
   *     outbox} DOWN), when its oldest unpublished row is older than this (PT5M): the relay has not
   *     been able to publish for that long
   */
  public record Outbox(
      Duration pollInterval, Integer batchSize, Duration sendTimeout, Duration stuckAfter) {
    public Outbox {
      pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
      batchSize = batchSize == null ? 100 : batchSize;
      sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
      stuckAfter = stuckAfter == null ? Duration.ofMinutes(5) : stuckAfter;
    }
  }

  /**
   * How the event topics are declared at start-up ({@code cites.messaging.topics.*}). A topic that
   * exists already keeps its partitions; its configuration (retention, cleanup policy, {@code
   * min.insync.replicas}) is brought in line when {@code spring.kafka.admin.modify-topic-configs}
   * is on, as it is in every service.
   *
   * @param partitions partitions of each event topic and its dead-letter topic (3): the unit of
   *     parallelism of a consumer group, so at most this many instances of a service consume
   * @param replicationFactor copies of each partition; null leaves it to the broker's {@code
   *     default.replication.factor} (1 on the local single broker; 3 in production)
   * @param minInSyncReplicas copies that must have a record before the producer's {@code acks=all}
   *     is answered; null leaves it to the broker (production: 2 of 3, so one broker may be down
   *     without losing an acknowledged event)
   * @param retention how long an event topic keeps its records (P7D): how long a consumer may be
   *     down and still catch up; the calendar topic is compacted instead and keeps each day's last
   *     change for ever
   * @param deadLetterRetention how long a dead-letter topic keeps its records (P30D): the time an
   *     operator has to replay them
   */
  public record Topics(
      Integer partitions,
      Short replicationFactor,
      Integer minInSyncReplicas,
      Duration retention,
      Duration deadLetterRetention) {
    public Topics {
      partitions = partitions == null ? 3 : partitions;
      retention = retention == null ? Duration.ofDays(7) : retention;
      deadLetterRetention = deadLetterRetention == null ? Duration.ofDays(30) : deadLetterRetention;
    }
  }

  /**
   * @param retries how often a failing event is retried before it goes to the dead-letter topic
   * @param retryBackoff pause between retries
   */
  public record Consumer(Integer retries, Duration retryBackoff) {
    public Consumer {
      retries = retries == null ? 3 : retries;
      retryBackoff = retryBackoff == null ? Duration.ofSeconds(1) : retryBackoff;
    }
  }
}

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
    outbox = outbox == null ? new Outbox(null, null, null) : outbox;
    topics = topics == null ? new Topics(null) : topics;
    consumer = consumer == null ? new Consumer(null, null) : consumer;
    retention = retention == null ? new Retention(null, null, null) : retention;
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
   */
  public record Outbox(Duration pollInterval, Integer batchSize, Duration sendTimeout) {
    public Outbox {
      pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
      batchSize = batchSize == null ? 100 : batchSize;
      sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
    }
  }

  /**
   * @param partitions partitions of each event topic and its dead-letter topic
   */
  public record Topics(Integer partitions) {
    public Topics {
      partitions = partitions == null ? 3 : partitions;
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

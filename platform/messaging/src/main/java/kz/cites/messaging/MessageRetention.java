package kz.cites.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes what the outbox and the inbox no longer need, on a schedule of its own: outbox rows
 * published longer ago than {@code retention.outbox} (their payload holds personal data, and the
 * broker has the event), and inbox rows older than {@code retention.inbox} (the inbox must remember
 * an event for as long as the broker could redeliver it or an operator replay it, so keep it longer
 * than the topics' retention). Rows not yet published, or failed for good, are never touched. Runs
 * in small batches, so a large backlog does not hold long locks; several instances may run it at
 * once (a row deleted twice is deleted once).
 */
public class MessageRetention implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(MessageRetention.class);

  private static final int BATCH = 5_000;

  private final JdbcClient jdbc;
  private final MessagingProperties.Retention settings;
  private volatile ScheduledExecutorService thread;

  public MessageRetention(JdbcClient jdbc, MessagingProperties.Retention settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** One pass: deletes what is past its retention; returns how many rows of each went. */
  public Purged purge() {
    int outbox =
        deleteInBatches(
            """
            delete from outbox_event where id in (
              select id from outbox_event
              where published_at is not null and published_at < now() - :keep * interval '1 second'
              limit :batch)
            """,
            settings.outbox());
    int inbox =
        deleteInBatches(
            """
            delete from inbox_event where (consumer, event_id) in (
              select consumer, event_id from inbox_event
              where processed_at < now() - :keep * interval '1 second'
              limit :batch)
            """,
            settings.inbox());
    if (outbox + inbox > 0) {
      log.info("Retention: {} published outbox row(s), {} inbox row(s) deleted", outbox, inbox);
    }
    return new Purged(outbox, inbox);
  }

  /** What one pass deleted. */
  public record Purged(int outboxRows, int inboxRows) {}

  private int deleteInBatches(String sql, Duration keep) {
    int total = 0;
    int deleted;
    do {
      deleted = jdbc.sql(sql).param("keep", keep.toSeconds()).param("batch", BATCH).update();
      total += deleted;
    } while (deleted == BATCH);
    return total;
  }

  @Override
  public void start() {
    thread =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("message-retention").daemon().factory());
    long interval = settings.interval().toMillis();
    thread.scheduleWithFixedDelay(this::purgeQuietly, interval, interval, TimeUnit.MILLISECONDS);
  }

  private void purgeQuietly() {
    try {
      purge();
    } catch (RuntimeException e) {
      log.warn("Retention pass failed; next try in {}", settings.interval(), e);
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService running = thread;
    thread = null;
    if (running != null) {
      running.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }
}

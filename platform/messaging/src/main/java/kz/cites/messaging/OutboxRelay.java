package kz.cites.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka, oldest first, from one relay thread per service: woken right
 * after a transaction commits (low latency) and on a fixed delay (anything left behind by a restart
 * or a broker outage). One thread keeps one application's events in the order they were recorded;
 * rows are also claimed with {@code FOR UPDATE SKIP LOCKED}, so a second instance of the service
 * never sends the same row at the same time. A row is marked published only after the broker
 * acknowledged it; a crash between the two can send a row twice, which consumers' inboxes absorb.
 *
 * <p>Each row is published in a span ({@code outbox relay <type>}) whose parent is the trace
 * context the row kept from the work that recorded it, so the Kafka producer's span, the {@code
 * traceparent} header it writes and the consumers' spans all continue that one trace (ADR 0013).
 */
public class OutboxRelay implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final KafkaTemplate<String, String> kafka;
  private final MessagingProperties.Outbox settings;
  private final String source;
  private final Tracer tracer;
  private final Propagator propagator;
  private final AtomicBoolean wakeUpPending = new AtomicBoolean();
  private volatile ScheduledExecutorService relayThread;

  public OutboxRelay(
      JdbcClient jdbc,
      TransactionTemplate tx,
      KafkaTemplate<String, String> kafka,
      MessagingProperties.Outbox settings,
      String source,
      Tracer tracer,
      Propagator propagator) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.kafka = kafka;
    this.settings = settings;
    this.source = source;
    this.tracer = tracer;
    this.propagator = propagator;
  }

  /**
   * A transaction has committed events: publish them now, on the relay thread, without holding up
   * the committing thread. Wake-ups that arrive while one is pending are merged into it.
   */
  void wakeUp() {
    ScheduledExecutorService thread = relayThread;
    if (thread == null || !wakeUpPending.compareAndSet(false, true)) {
      return;
    }
    try {
      thread.execute(
          () -> {
            wakeUpPending.set(false);
            drainQuietly();
          });
    } catch (RejectedExecutionException e) {
      log.debug("Relay stopping; the next start publishes what is left");
    }
  }

  /** Publishes one row, unless it is published already or another relay holds it. */
  public boolean publish(UUID eventId) {
    Integer sent =
        tx.execute(
            status ->
                send(
                    jdbc.sql(
                            """
                            select id, topic, message_key, event_type, payload, traceparent, created_at
                            from outbox_event
                            where id = :id and published_at is null and failed_at is null
                            for update skip locked
                            """)
                        .param("id", eventId)
                        .query(OutboxRow::read)
                        .list()));
    return sent != null && sent > 0;
  }

  /**
   * Publishes the oldest unpublished rows, one batch; returns how many went out. Only one relay of
   * the service works at a time (a transaction-scoped advisory lock), so several instances of a
   * service still publish one application's events in order.
   */
  public int publishPending() {
    Integer sent =
        tx.execute(
            status ->
                !relayLockTaken()
                    ? 0
                    : send(
                        jdbc.sql(
                                """
                            select id, topic, message_key, event_type, payload, traceparent, created_at
                            from outbox_event where published_at is null and failed_at is null
                            order by seq limit :limit
                            for update skip locked
                            """)
                            .param("limit", settings.batchSize())
                            .query(OutboxRow::read)
                            .list()));
    return sent == null ? 0 : sent;
  }

  /**
   * Hands the whole batch to the producer at once, then takes the broker's answers in order and
   * stops at the first failure, so one application's events keep their order: its rows share a key,
   * hence a partition, which the idempotent producer writes in the order sent and where a failed
   * write fails the ones queued behind it. Waiting for each row before sending the next cost a
   * broker round trip (and the producer's linger) per event.
   *
   * <p>Rows after a failure may have reached the broker all the same; they stay unpublished and go
   * again with the next attempt, which consumers' inboxes absorb, as after a crash.
   */
  private int send(List<OutboxRow> rows) {
    List<InFlight> inFlight = new ArrayList<>(rows.size());
    for (OutboxRow row : rows) {
      Span span = spanOf(row);
      CompletableFuture<?> acknowledged;
      try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
        acknowledged = kafka.send(toRecord(row));
      } catch (RuntimeException e) {
        // refused before it left (no metadata within max.block.ms: the broker is away): the rows
        // behind it would each wait as long, so the batch ends here
        inFlight.add(new InFlight(row, span, CompletableFuture.failedFuture(e)));
        break;
      }
      inFlight.add(new InFlight(row, span, acknowledged));
    }
    List<UUID> published = new ArrayList<>(rows.size());
    try {
      for (InFlight sent : inFlight) {
        Throwable failure = awaitAcknowledgement(sent);
        if (failure == null) {
          published.add(sent.row().id());
        } else if (failure instanceof InterruptedException) {
          Thread.currentThread().interrupt();
          return published.size();
        } else if (refusedForGood(failure)) {
          // The broker will never take this row (too large, invalid topic, ...): park it for an
          // operator instead of blocking every later event of the service behind it.
          log.error(
              "Outbox event {} refused by the broker for good; parked", sent.row().id(), failure);
          jdbc.sql(
                  """
                  update outbox_event set attempts = attempts + 1, last_error = :error,
                         failed_at = now() where id = :id
                  """)
              .param("error", failure.toString())
              .param("id", sent.row().id())
              .update();
        } else {
          log.warn("Outbox event {} not published yet: {}", sent.row().id(), failure.toString());
          jdbc.sql(
                  "update outbox_event set attempts = attempts + 1, last_error = :error where id = :id")
              .param("error", failure.toString())
              .param("id", sent.row().id())
              .update();
          return published.size();
        }
      }
      return published.size();
    } finally {
      markPublished(published);
      // rows not awaited (a failure or an interrupt stopped the batch): their spans end unanswered
      inFlight.forEach(sent -> sent.span().end());
    }
  }

  /** Waits for the broker's answer to one row: null when it has the row, else why not. */
  private @Nullable Throwable awaitAcknowledgement(InFlight sent) {
    try {
      sent.acknowledged().get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return null;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      sent.span().error(cause);
      return cause;
    } catch (InterruptedException | TimeoutException e) {
      sent.span().error(e);
      return e;
    }
  }

  private void markPublished(List<UUID> published) {
    if (!published.isEmpty()) {
      jdbc.sql("update outbox_event set published_at = now(), last_error = null where id in (:ids)")
          .param("ids", published)
          .update();
    }
  }

  /** A row handed to the producer, the span it is published in and the broker's answer to come. */
  private record InFlight(OutboxRow row, Span span, CompletableFuture<?> acknowledged) {}

  /**
   * The span the row is published in: a child of the trace context the row kept (none kept: a new
   * trace). The Kafka producer's observation takes it as its parent.
   */
  private Span spanOf(OutboxRow row) {
    Span.Builder builder =
        row.traceparent() == null
            ? tracer.spanBuilder().setNoParent()
            : propagator.extract(
                row,
                (carrier, key) -> Outbox.TRACEPARENT.equals(key) ? carrier.traceparent() : null);
    return builder
        .name("outbox relay " + row.eventType())
        .tag("cites.event.id", row.id().toString())
        .tag("cites.event.type", row.eventType())
        .tag("messaging.destination.name", row.topic())
        .start();
  }

  /** A Kafka error that no retry can cure; timeouts and other retriable errors are not. */
  static boolean refusedForGood(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RetriableException) {
        return false;
      }
      if (t instanceof ApiException) {
        return true;
      }
    }
    return false;
  }

  private boolean relayLockTaken() {
    return Boolean.TRUE.equals(
        jdbc.sql("select pg_try_advisory_xact_lock(hashtext('cites.outbox.relay'))")
            .query(Boolean.class)
            .single());
  }

  private ProducerRecord<String, String> toRecord(OutboxRow row) {
    var headers = new RecordHeaders();
    header(headers, "ce_specversion", "1.0");
    header(headers, "ce_id", row.id().toString());
    header(headers, "ce_type", row.eventType());
    header(headers, "ce_source", source);
    header(headers, "ce_time", row.createdAt().toInstant().toString());
    header(headers, "ce_subject", row.messageKey());
    header(headers, "content-type", "application/json");
    // traceparent: written by the Kafka producer's observation, from the span in scope
    return new ProducerRecord<>(row.topic(), null, row.messageKey(), row.payload(), headers);
  }

  private static void header(RecordHeaders headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void start() {
    Duration interval = settings.pollInterval();
    relayThread =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("outbox-relay").daemon().factory());
    relayThread.scheduleWithFixedDelay(
        this::drainQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void drainQuietly() {
    try {
      while (publishPending() == settings.batchSize()) {
        // a full batch: more may be waiting
      }
    } catch (RuntimeException e) {
      log.warn("Outbox relay failed; next try in {}", settings.pollInterval(), e);
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService thread = relayThread;
    relayThread = null;
    if (thread != null) {
      thread.shutdown();
      try {
        if (!thread.awaitTermination(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
          thread.shutdownNow();
        }
      } catch (InterruptedException e) {
        thread.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops after the web server and the listeners, so what they commit on the way out is sent. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 2048;
  }

  @Override
  public boolean isRunning() {
    return relayThread != null;
  }

  record OutboxRow(
      UUID id,
      String topic,
      String messageKey,
      String eventType,
      String payload,
      @Nullable String traceparent,
      java.sql.Timestamp createdAt) {

    /**
     * Reads a row by its column names. Mapped by Spring's record mapper instead, each camel-case
     * component was first asked for under its own name, which pgjdbc answers with an exception
     * (three thrown and caught per event published, in every service; issue 18's profile).
     */
    static OutboxRow read(ResultSet rs, int rowNumber) throws SQLException {
      return new OutboxRow(
          rs.getObject("id", UUID.class),
          rs.getString("topic"),
          rs.getString("message_key"),
          rs.getString("event_type"),
          rs.getString("payload"),
          rs.getString("traceparent"),
          rs.getTimestamp("created_at"));
    }
  }
}

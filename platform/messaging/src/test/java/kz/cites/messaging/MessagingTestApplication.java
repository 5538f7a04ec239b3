package kz.cites.messaging;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.cites.events.ApplicationEvent;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A minimal service using the outbox and the inbox the way the real services do. */
@SpringBootApplication
class MessagingTestApplication {

  /** Every span the tests make, exported in memory ({@code spring.test.tracing.export: true}). */
  @org.springframework.context.annotation.Bean
  io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter spans() {
    return io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter.create();
  }

  /** A business change that must tell others: a note row plus an event, in one transaction. */
  @Service
  static class NoteService {
    private final JdbcClient jdbc;
    private final Outbox outbox;

    NoteService(JdbcClient jdbc, Outbox outbox) {
      this.jdbc = jdbc;
      this.outbox = outbox;
    }

    @Transactional
    ReviewCaseOpened addNote(UUID applicationId, boolean failAfterRecording) {
      jdbc.sql("insert into note (id, application_id, text) values (:id, :app, 'note')")
          .param("id", UUID.randomUUID())
          .param("app", applicationId)
          .update();
      var event =
          new ReviewCaseOpened(UUID.randomUUID(), Instant.now(), applicationId, Instant.now());
      outbox.record(event);
      if (failAfterRecording) {
        throw new IllegalStateException("business rule broken after the event was recorded");
      }
      return event;
    }

    /** Several events of one application in one transaction, e.g. an assessment and its outcome. */
    @Transactional
    java.util.List<UUID> addNotesInOneTransaction(UUID applicationId, int count) {
      java.util.List<UUID> ids = new java.util.ArrayList<>();
      for (int i = 0; i < count; i++) {
        var event =
            new ReviewCaseOpened(
                UUID.randomUUID(), Instant.now().plusMillis(i), applicationId, Instant.now());
        outbox.record(event);
        ids.add(event.eventId());
      }
      return ids;
    }

    /**
     * {@code each} events for every application, recorded in turns in one transaction: one relay
     * batch that interleaves several applications (and so several partitions).
     */
    @Transactional
    java.util.Map<UUID, java.util.List<UUID>> addInterleavedNotes(
        java.util.List<UUID> applicationIds, int each) {
      java.util.Map<UUID, java.util.List<UUID>> ids = new java.util.LinkedHashMap<>();
      for (int i = 0; i < each; i++) {
        for (UUID applicationId : applicationIds) {
          var event =
              new ReviewCaseOpened(
                  UUID.randomUUID(), Instant.now().plusMillis(i), applicationId, Instant.now());
          outbox.record(event);
          ids.computeIfAbsent(applicationId, a -> new java.util.ArrayList<>()).add(event.eventId());
        }
      }
      return ids;
    }
  }

  /**
   * A consumer with a use for {@code ReviewOverdue} only, on the topic the notes' {@code
   * ReviewCaseOpened} events go to: those reach it and pass by.
   */
  @Component
  static class OverdueListener {
    static final String CONSUMER = "messaging-test-overdue";
    final AtomicInteger deliveries = new AtomicInteger();
    final AtomicInteger effects = new AtomicInteger();
    private final InboundEvents inbound;
    private final InboundEvents.Effects overdueOnly =
        InboundEvents.effects()
            .on(kz.cites.events.ReviewOverdue.class, event -> effects.incrementAndGet());

    OverdueListener(InboundEvents inbound) {
      this.inbound = inbound;
    }

    @KafkaListener(topics = Topics.PERMIT, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
      inbound.process(record, CONSUMER, overdueOnly);
      deliveries.incrementAndGet();
    }
  }

  /** Counts deliveries (every call) apart from effects (once per event, through the inbox). */
  @Component
  static class NoteListener {
    final AtomicInteger deliveries = new AtomicInteger();
    private final InboundEvents inbound;
    private final JdbcClient jdbc;

    NoteListener(InboundEvents inbound, JdbcClient jdbc) {
      this.inbound = inbound;
      this.jdbc = jdbc;
    }

    @KafkaListener(topics = Topics.PERMIT, groupId = "messaging-test")
    void on(ConsumerRecord<String, String> record) {
      deliveries.incrementAndGet();
      inbound.process(
          record,
          "messaging-test",
          event ->
              jdbc.sql("insert into note_effect (event_id, application_id) values (:id, :app)")
                  .param("id", event.eventId())
                  .param("app", ((ApplicationEvent) event).applicationId())
                  .update());
    }
  }
}

package kz.cites.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One trace from the work that records an event to the consumer that applies it (ADR 0013): the
 * outbox row keeps the recording span's context, the relay publishes in a span under it, the Kafka
 * producer's and the listener's spans follow, all with the same trace id, in the exported spans.
 */
@SpringBootTest(classes = MessagingTestApplication.class)
@Import(TestInfrastructure.class)
class OutboxTracingTest {

  @Autowired MessagingTestApplication.NoteService notes;
  @Autowired Tracer tracer;
  @Autowired InMemorySpanExporter spans;
  @Autowired JdbcClient jdbc;

  @Test
  void theConsumerContinuesTheTraceOfTheChangeThatRecordedTheEvent() {
    UUID applicationId = UUID.randomUUID();
    Span request = tracer.nextSpan().name("test request").start();
    ReviewCaseOpened event;
    try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
      event = notes.addNote(applicationId, false);
    } finally {
      request.end();
    }
    String traceId = request.context().traceId();
    assertThat(
            jdbc.sql("select traceparent from outbox_event where id = :id")
                .param("id", event.eventId())
                .query(String.class)
                .single())
        .startsWith("00-" + traceId + "-");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> kinds(traceId).containsAll(List.of(SpanKind.PRODUCER, SpanKind.CONSUMER)));
    List<SpanData> trace = trace(traceId);
    SpanData relay = named(trace, "outbox relay kz.cites.ReviewCaseOpened");
    assertThat(relay.getParentSpanId()).isEqualTo(request.context().spanId());
    assertThat(relay.getAttributes().asMap().toString()).contains(event.eventId().toString());
    SpanData producer = ofKind(trace, SpanKind.PRODUCER);
    assertThat(producer.getParentSpanId()).isEqualTo(relay.getSpanId());
    SpanData consumer = ofKind(trace, SpanKind.CONSUMER);
    assertThat(consumer.getParentSpanId()).isEqualTo(producer.getSpanId());
    // the statements are spans too: the outbox insert under the request, the inbox's under the
    // consumer
    assertThat(trace)
        .anySatisfy(
            span -> {
              assertThat(span.getParentSpanId()).isEqualTo(request.context().spanId());
              assertThat(span.getAttributes().asMap().toString())
                  .contains("insert into outbox_event");
            });
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                trace(traceId).stream()
                    .anyMatch(
                        span -> span.getAttributes().asMap().toString().contains("inbox_event")));
  }

  @Test
  void workWithoutASpanStillStartsATraceOfItsOwn() {
    ReviewCaseOpened event = notes.addNote(UUID.randomUUID(), false);
    String traceparent =
        jdbc.sql("select traceparent from outbox_event where id = :id")
            .param("id", event.eventId())
            .query(String.class)
            .single();
    assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    String traceId = traceparent.split("-")[1];
    await().atMost(Duration.ofSeconds(30)).until(() -> kinds(traceId).contains(SpanKind.CONSUMER));
  }

  private List<SpanData> trace(String traceId) {
    return spans.getFinishedSpanItems().stream()
        .filter(span -> span.getTraceId().equals(traceId))
        .toList();
  }

  private List<SpanKind> kinds(String traceId) {
    return trace(traceId).stream().map(SpanData::getKind).toList();
  }

  private static SpanData named(List<SpanData> trace, String name) {
    return trace.stream()
        .filter(span -> span.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no span " + name + " in " + trace));
  }

  private static SpanData ofKind(List<SpanData> trace, SpanKind kind) {
    return trace.stream()
        .filter(span -> span.getKind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " span in " + trace));
  }
}

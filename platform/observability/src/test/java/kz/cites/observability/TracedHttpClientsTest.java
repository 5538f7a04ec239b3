package kz.cites.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A JDK {@link HttpClient} observed by {@link TracedHttpClients}: the request carries the caller's
 * trace, under a client span of its own.
 */
@SpringBootTest(classes = TracedHttpClientsTest.App.class)
class TracedHttpClientsTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @Autowired Tracer tracer;
  @Autowired ObservationRegistry observations;

  @Test
  void theRequestCarriesTheCallersTraceUnderAClientSpan() throws Exception {
    AtomicReference<String> received = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/sim/nca/certificates",
        exchange -> {
          received.set(exchange.getRequestHeaders().getFirst("traceparent"));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpClient observed = TracedHttpClients.observed(client, observations);
      Span caller = tracer.nextSpan().name("caller").start();
      try (Tracer.SpanInScope scope = tracer.withSpan(caller)) {
        HttpResponse<Void> response =
            observed.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + server.getAddress().getPort()
                                + "/sim/nca/certificates"))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(204);
      } finally {
        caller.end();
      }
      assertThat(received.get())
          .startsWith("00-" + caller.context().traceId() + "-")
          .doesNotContain(caller.context().spanId());
    } finally {
      server.stop(0);
    }
  }
}

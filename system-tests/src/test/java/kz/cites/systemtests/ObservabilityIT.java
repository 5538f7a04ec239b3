package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.cites.localstack.ServiceSpec;
import kz.cites.localstack.Topology;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of the running system (issue 17, ADR 0013): one trace from the gateway to
 * the permit, its id in the log of every application it passed, and every application's metrics and
 * health on its management port without a token, none of it reachable through the gateway.
 */
class ObservabilityIT {

  /** The four services and the gateway: the applications one application's trace passes. */
  static final List<String> TRACED =
      List.of(
          "gateway",
          "application-service",
          "verification-service",
          "fee-service",
          "permit-service");

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);
  private final HttpClient plain = HttpClient.newHttpClient();

  @Test
  void oneApplicationsSubmissionIsOneTraceThroughEveryApplicationAndItsPermitFollows() {
    String token = portal.signIn(PermitJourneyIT.APPLICANT_IIN, null, "APPLICANT");
    String applicationId = portal.draftWithItsDocuments(Drafts.export(Drafts.ABENOVA), token);
    portal.payTheDuty(applicationId, PermitJourneyIT.APPLICANT_IIN, null, token);

    Http.Response submission =
        portal.submitSigned(applicationId, PermitJourneyIT.APPLICANT_IIN, null, token);
    assertThat(submission.status()).as(submission.body().toString()).isEqualTo(202);
    String traceparent = submission.raw().headers().firstValue("traceparent").orElseThrow();
    assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    String traceId = traceparent.split("-")[1];

    // the submission's trace reaches the review through every topic: the officer finds the case
    String officer = portal.signIn(PermitJourneyIT.OFFICER_IIN, null, "OFFICER");
    portal.officerApproves(applicationId, officer, token);
    portal.awaitStatus(applicationId, "ISSUED", token);

    Optional<Path> logs = logDirectory();
    if (logs.isEmpty()) {
      System.out.println("[observability] attached to a running stack: its logs are not read");
      return;
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(TRACED)
                    .as("applications whose log has trace " + traceId)
                    .allSatisfy(app -> assertThat(linesOf(logs.get(), app, traceId)).isNotEmpty()));
    // the services applied the submission's event in that trace, and the review case opened in it
    assertThat(linesOf(logs.get(), "permit-service", traceId))
        .anyMatch(line -> line.contains("applies kz.cites.ApplicationSubmitted"));
    assertThat(linesOf(logs.get(), "verification-service", traceId))
        .anyMatch(line -> line.contains(applicationId));
  }

  @Test
  void everyApplicationServesItsMetricsAndHealthOnItsManagementPortWithoutAToken() {
    // some traffic first, so that the request meters exist: a sign-in (the simulator) and a
    // public call through the gateway
    portal.signIn(PermitJourneyIT.APPLICANT_IIN, null, "APPLICANT");
    assertThat(http.get(system.gateway.resolve("/api/v1/public/keys"), null).status())
        .isEqualTo(200);
    Map<String, List<String>> ownMeters =
        Map.of(
            "application-service", List.of("cites_outbox_backlog_rows"),
            "verification-service",
                List.of("cites_outbox_oldest_age_seconds", "resilience4j_circuitbreaker_state"),
            "fee-service", List.of("cites_outbox_parked_rows"),
            "permit-service", List.of("cites_review_overdue_cases", "cites_outbox_backlog_rows"),
            "gateway", List.of("http_server_requests_seconds_bucket"),
            "egov-simulator", List.of("http_server_requests_seconds"));
    for (ServiceSpec app : Topology.applications()) {
      HttpResponse<String> metrics = get(app.managementUrl() + "/actuator/prometheus");
      assertThat(metrics.statusCode()).as(app.name()).isEqualTo(200);
      assertThat(metrics.body())
          .as(app.name())
          .contains("application=\"" + app.name() + "\"")
          .contains("jvm_memory_used_bytes");
      for (String meter : ownMeters.getOrDefault(app.name(), List.of())) {
        assertThat(metrics.body()).as(app.name() + " " + meter).contains(meter);
      }
      HttpResponse<String> health = get(app.managementUrl() + "/actuator/health/readiness");
      assertThat(health.statusCode()).as(app.name() + " " + health.body()).isEqualTo(200);
    }
    // a service's readiness names what it depends on
    assertThat(get(Topology.SERVICES.getFirst().managementUrl() + "/actuator/health").body())
        .contains("\"outbox\"")
        .contains("\"calendar\"");
    // and nothing of it through the gateway, nor on a service's own port
    assertThat(get(system.gateway.resolve("/actuator/prometheus").toString()).statusCode())
        .isIn(401, 403, 404);
    assertThat(get(Topology.SERVICES.getFirst().baseUrl() + "/actuator/prometheus").statusCode())
        .isIn(401, 403, 404);
  }

  /** The local stack's logs when the tests started it; none when attached to another stack. */
  private static Optional<Path> logDirectory() {
    if (System.getProperty("cites.system.gateway-url") != null) {
      return Optional.empty();
    }
    Path root = Path.of(System.getProperty("cites.repository.root", "..")).toAbsolutePath();
    return Optional.of(root.resolve("system-tests/target/local-stack/logs"));
  }

  /**
   * The lines of every instance of {@code application} (its own log, and {@code
   * <application>-2.log} ... when the stack runs several instances: which one consumed an event is
   * the broker's choice) that carry the trace.
   */
  private static List<String> linesOf(Path logs, String application, String traceId) {
    List<String> found = new java.util.ArrayList<>();
    for (int instance = 1; instance <= 9; instance++) {
      Path log =
          logs.resolve(
              instance == 1 ? application + ".log" : application + "-" + instance + ".log");
      if (!Files.exists(log)) {
        continue;
      }
      try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
        lines.filter(line -> line.contains("[" + traceId + ",")).forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  private HttpResponse<String> get(String url) {
    try {
      return plain.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

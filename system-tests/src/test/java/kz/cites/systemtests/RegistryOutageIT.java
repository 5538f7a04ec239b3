package kz.cites.systemtests;

import static kz.cites.systemtests.Drafts.ABENOVA;
import static kz.cites.systemtests.Drafts.DALA_FAUNA_ATTORNEY;
import static kz.cites.systemtests.Drafts.DALA_FAUNA_HEAD;
import static kz.cites.systemtests.Drafts.SERIKBAYEV_IP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue #4's promise under load: with one registry down for a while (two minutes by default) and
 * applications arriving steadily all the time, no application is refused for our outage and none is
 * lost; once the registry answers again, every one of them completes its checks and reaches an
 * officer.
 *
 * <p>Settings (system properties): {@code cites.system.outage} (ISO duration, default PT2M), {@code
 * cites.system.outage-interval} (time between two applications, default PT6S), {@code
 * cites.system.outage-registry} (a fault name of the simulator, default {@code individuals}, which
 * every application needs). See docs/runbook.md, "Registry outage drill".
 */
class RegistryOutageIT {

  private static final Duration OUTAGE =
      Duration.parse(System.getProperty("cites.system.outage", "PT2M"));
  private static final Duration INTERVAL =
      Duration.parse(System.getProperty("cites.system.outage-interval", "PT6S"));
  private static final String REGISTRY =
      System.getProperty("cites.system.outage-registry", "individuals");

  /** The check that waits for {@link #REGISTRY} (see verification-service's Registry enum). */
  private static final Map<String, String> CHECK_OF_REGISTRY =
      Map.of(
          "individuals", "IDENTITY",
          "legal-entities", "LEGAL_ENTITY",
          "entrepreneurs", "ENTREPRENEUR",
          "payments", "DUTY_PAYMENT",
          "courts", "COURT_RECORDS");

  private static final String OFFICER_IIN = "860606407353";

  /** Clean applicants that take turns, so the stream looks like several portals' traffic. */
  private static final List<Drafts.Applicant> APPLICANTS =
      List.of(ABENOVA, SERIKBAYEV_IP, DALA_FAUNA_HEAD, DALA_FAUNA_ATTORNEY);

  private static final List<Function<Drafts.Applicant, Map<String, Object>>> KINDS =
      List.of(Drafts::export, Drafts::importForTrade, Drafts::reExport);

  private final Http http = new Http();
  private final Portal portal = new Portal(SystemUnderTest.get(), http);

  /** An application filed during the outage, with the token to follow it. */
  private record Filed(String applicationId, String token) {}

  @AfterEach
  void theRegistryIsBack() {
    http.delete(portal.sim("/sim/faults/" + REGISTRY), null);
  }

  @Test
  void noApplicationIsRefusedOrLostWhileARegistryIsDownAndAllCompleteWhenItReturns() {
    String check = CHECK_OF_REGISTRY.get(REGISTRY);
    assertThat(check).as("a registry every application of the stream needs").isNotNull();
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    Http.Response down =
        http.put(portal.sim("/sim/faults/" + REGISTRY), null, Map.of("down", true));
    assertThat(down.status()).as(down.body().toString()).isEqualTo(200);

    Queue<Filed> filed = new ConcurrentLinkedQueue<>();
    Queue<Throwable> filingErrors = new ConcurrentLinkedQueue<>();
    AtomicInteger turn = new AtomicInteger();
    ScheduledExecutorService stream = Executors.newSingleThreadScheduledExecutor();
    stream.scheduleAtFixedRate(
        () -> {
          try {
            int n = turn.getAndIncrement();
            Drafts.Applicant applicant = APPLICANTS.get(n % APPLICANTS.size());
            Map<String, Object> draft = KINDS.get(n % KINDS.size()).apply(applicant);
            String token = portal.signIn(applicant.iin(), applicant.bin(), "APPLICANT");
            filed.add(new Filed(portal.fileComplete(applicant, draft, token), token));
          } catch (Throwable e) {
            filingErrors.add(e);
          }
        },
        0,
        INTERVAL.toMillis(),
        TimeUnit.MILLISECONDS);

    // all through the outage: every application accepted, none refused, none past verification
    try {
      await()
          .during(OUTAGE)
          .atMost(OUTAGE.plusSeconds(30))
          .pollInterval(Duration.ofSeconds(5))
          .until(() -> filingErrors.isEmpty() && filed.stream().allMatch(this::waitsForChecks));
    } finally {
      stream.shutdown();
    }
    await().atMost(Duration.ofSeconds(60)).until(stream::isTerminated);
    assertThat(filingErrors).isEmpty();
    List<Filed> applications = List.copyOf(filed);
    long expected = OUTAGE.toMillis() / INTERVAL.toMillis();
    assertThat(applications).as("a steady stream").hasSizeGreaterThanOrEqualTo((int) expected / 2);

    // officers see why the first one waits
    JsonNode waiting = verification(applications.getFirst(), officer);
    JsonNode waitingCheck = checkOf(waiting, check);
    assertThat(waitingCheck.get("outcome").asString()).isEqualTo("UNAVAILABLE");
    assertThat(waitingCheck.at("/waiting/reason").asString()).isNotBlank();
    assertThat(waiting.get("status").asString()).isNotEqualTo("COMPLETED");

    http.delete(portal.sim("/sim/faults/" + REGISTRY), null);
    Instant back = Instant.now();

    // every application completes: checks done, fee confirmed, in the officers' queue (or
    // already issued, on a stack with auto-approval on)
    for (Filed application : applications) {
      Http.Response inReview =
          await()
              .atMost(Duration.ofMinutes(3))
              .pollInterval(Duration.ofSeconds(2))
              .until(
                  () ->
                      http.get(
                          portal.api("/api/v1/applications/" + application.applicationId()),
                          application.token()),
                  response -> !waitsForChecks(response));
      assertThat(inReview.body().get("status").asString())
          .as(inReview.body().toString())
          .isIn("IN_REVIEW", "ISSUED");
      JsonNode completed = verification(application, officer);
      assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
      JsonNode passed = checkOf(completed, check);
      assertThat(passed.get("outcome").asString()).isEqualTo("PASSED");
    }
    assertThat(
            checkOf(verification(applications.getFirst(), officer), check).get("attempts").asInt())
        .as("asked again on the schedule until the registry answered")
        .isGreaterThan(1);
    System.out.printf(
        "[outage drill] %s down for %s: %d applications filed, none refused; all completed"
            + " within %d s after it returned%n",
        REGISTRY, OUTAGE, applications.size(), Duration.between(back, Instant.now()).toSeconds());
  }

  /** Registered and still waiting for its checks: not refused, not lost, not yet reviewed. */
  private boolean waitsForChecks(Filed application) {
    return waitsForChecks(
        http.get(
            portal.api("/api/v1/applications/" + application.applicationId()),
            application.token()));
  }

  private static boolean waitsForChecks(Http.Response response) {
    return response.status() == 200
        && List.of("SUBMITTED", "IN_VERIFICATION")
            .contains(response.body().get("status").asString());
  }

  private JsonNode verification(Filed application, String officer) {
    Http.Response response =
        http.get(portal.api("/api/v1/verifications/" + application.applicationId()), officer);
    assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
    return response.body();
  }

  private static JsonNode checkOf(JsonNode verification, String check) {
    for (JsonNode c : verification.path("checks")) {
      if (check.equals(c.path("check").asString())) {
        return c;
      }
    }
    throw new AssertionError("no " + check + " check in " + verification);
  }
}

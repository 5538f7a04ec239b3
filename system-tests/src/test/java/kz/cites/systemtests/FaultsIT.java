package kz.cites.systemtests;

import static kz.cites.systemtests.Drafts.ABENOVA;
import static kz.cites.systemtests.Drafts.DALA_FAUNA_ATTORNEY;
import static kz.cites.systemtests.Drafts.DALA_FAUNA_HEAD;
import static kz.cites.systemtests.Drafts.SERIKBAYEV_IP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.cites.localstack.RunningStack;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, item 1: faults as tests. While a steady stream of complete applications is filed and an
 * officer approves what reaches the queue, a service is killed outright (SIGKILL; the launcher
 * restarts it by itself; with two instances, as the test stack runs permit-service, one of them
 * while the other serves), the broker is stopped for a while and started again on its data, and the
 * simulator (the outside world: payment gateway, NCA, identity provider) is restarted: a receipt it
 * gave before is still listed after, and the officer goes on with the token it issued before. Then
 * every application whose submission was acknowledged (202) must end issued, exactly once; the
 * permit numbers must have no gap; every service's outbox must drain; and no event may have gone to
 * a dead-letter topic.
 *
 * <p>Bounded: about two minutes. Needs the stack the tests start themselves (it kills and restarts
 * its processes); skipped when attached to a running one. Settings: {@code
 * cites.system.faults.interval} (between two filings, default PT2S), {@code
 * cites.system.faults.broker-outage} (default PT20S). See docs/runbook.md, "Fault drill".
 */
class FaultsIT {

  private static final Duration INTERVAL =
      Duration.parse(System.getProperty("cites.system.faults.interval", "PT2S"));
  private static final Duration BROKER_OUTAGE =
      Duration.parse(System.getProperty("cites.system.faults.broker-outage", "PT20S"));

  private static final String OFFICER_IIN = "860606407353";
  private static final Pattern PERMIT_NUMBER = Pattern.compile("(\\d{2})KZ(\\d{6})");

  private static final List<Drafts.Applicant> APPLICANTS =
      List.of(ABENOVA, SERIKBAYEV_IP, DALA_FAUNA_HEAD, DALA_FAUNA_ATTORNEY);
  private static final List<Function<Drafts.Applicant, Map<String, Object>>> KINDS =
      List.of(Drafts::export, Drafts::importForTrade, Drafts::reExport);

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  /** An application whose submission was acknowledged, with a token to follow it. */
  private record Acknowledged(String applicationId, String payerId, String token, Instant at) {}

  @Test
  void everyAcknowledgedApplicationEndsIssuedExactlyOnceAcrossKillsBrokerAndSimulatorRestarts() {
    Assumptions.assumeTrue(
        system.stack().isPresent(), "needs the stack the tests start (it injects faults)");
    RunningStack stack = system.stack().orElseThrow();
    // with two instances, one of them is killed under load and the other serves meanwhile
    String killed =
        stack.instances().stream()
            .map(kz.cites.localstack.AppInstance::name)
            .filter("permit-service-2"::equals)
            .findFirst()
            .orElse("permit-service");
    OperatorView operator = new OperatorView(stack);
    long deadLettersBefore = operator.deadLetters();
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");

    Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    AtomicInteger refusedFilings = new AtomicInteger();
    Queue<String> filingFailures = new ConcurrentLinkedQueue<>();
    Set<String> approved = ConcurrentHashMap.newKeySet();
    AtomicInteger turn = new AtomicInteger();
    ScheduledExecutorService stream = Executors.newSingleThreadScheduledExecutor();
    ScheduledExecutorService officerDesk = Executors.newSingleThreadScheduledExecutor();
    stream.scheduleWithFixedDelay(
        () -> fileOne(turn.getAndIncrement(), acknowledged, refusedFilings, filingFailures),
        0,
        INTERVAL.toMillis(),
        TimeUnit.MILLISECONDS);
    officerDesk.scheduleWithFixedDelay(
        () -> approveWhatWaits(acknowledged, approved, officer), 2, 2, TimeUnit.SECONDS);

    Instant began = Instant.now();
    List<String> drill = new ArrayList<>();
    try {
      awaitMoreAcknowledged(acknowledged, 3);

      // 1. a service killed outright under load: the launcher restarts it by itself
      Instant killedAt = Instant.now();
      long killedPid = stack.kill(killed);
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> stack.automaticRestarts(killed) >= 1 && stack.pid(killed) != killedPid);
      stack.awaitHealthy(killed, Duration.ofMinutes(3));
      drill.add(
          killed
              + " killed (SIGKILL) under load and restarted by the launcher, UP again in "
              + Duration.between(killedAt, Instant.now()).toSeconds()
              + " s");

      // 2. the broker away for a while: submissions are still acknowledged (the outbox keeps
      // the events), and everything flows again once it is back on its data
      stack.stopKafka();
      int beforeOutage = acknowledged.size();
      Instant brokerStopped = Instant.now();
      try {
        // away at least BROKER_OUTAGE, and until submissions were acknowledged meanwhile
        await()
            .atMost(BROKER_OUTAGE.plusMinutes(2))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () ->
                    acknowledged.size() >= beforeOutage + 2
                        && Duration.between(brokerStopped, Instant.now()).compareTo(BROKER_OUTAGE)
                            >= 0);
      } finally {
        stack.startKafka();
      }
      drill.add(
          "broker stopped for "
              + Duration.between(brokerStopped, Instant.now()).toSeconds()
              + " s ("
              + (acknowledged.size() - beforeOutage)
              + " submissions acknowledged meanwhile)");

      // 3. the outside world restarted: receipts, certificates and the token key survive
      Acknowledged paidBefore = List.copyOf(acknowledged).getLast();
      Instant restartedAt = Instant.now();
      stack.restart("egov-simulator");
      assertThat(receiptsOf(paidBefore))
          .as("the payment gateway still knows a receipt it gave before its restart")
          .hasSize(1);
      drill.add(
          "egov-simulator restarted in "
              + Duration.between(restartedAt, Instant.now()).toSeconds()
              + " s (its receipts kept)");
      awaitMoreAcknowledged(acknowledged, 3);
    } catch (RuntimeException | AssertionError e) {
      officerDesk.shutdownNow();
      throw e;
    } finally {
      stream.shutdown();
    }
    await().atMost(Duration.ofMinutes(1)).until(stream::isTerminated);
    Duration streamed = Duration.between(began, Instant.now());

    // every acknowledged application ends issued (the officer approving as cases arrive)
    List<Acknowledged> filed = List.copyOf(acknowledged);
    Map<String, JsonNode> finals = new ConcurrentHashMap<>();
    try {
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(2))
          .untilAsserted(
              () -> {
                for (Acknowledged application : filed) {
                  if (!finals.containsKey(application.applicationId())) {
                    JsonNode body = application(application);
                    if (isFinal(body)) {
                      finals.put(application.applicationId(), body);
                    }
                  }
                }
                assertThat(finals.keySet()).as("final applications").hasSize(filed.size());
              });
    } finally {
      officerDesk.shutdown();
    }
    for (Acknowledged application : filed) {
      JsonNode body = finals.get(application.applicationId());
      assertThat(body.get("status").asString())
          .as("a complete, paid application by a clean applicant: " + body)
          .isEqualTo("ISSUED");
      assertThat(historyStatuses(body).stream().filter("ISSUED"::equals).count())
          .as("issued exactly once: " + body.get("history"))
          .isEqualTo(1);
    }
    Set<String> ids = filed.stream().map(Acknowledged::applicationId).collect(Collectors.toSet());
    assertThat(operator.permitsPerApplication(ids).values())
        .as("one permit per application")
        .hasSize(ids.size())
        .allMatch(count -> count == 1);
    assertThat(gaps(operator.permitNumbers())).as("permit numbers without gaps").isEmpty();

    // nothing left behind: every outbox drained, no dead letter
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                assertThat(operator.unpublishedOutboxRows().values())
                    .as("unpublished outbox rows per database: " + operator.unpublishedOutboxRows())
                    .allMatch(rows -> rows == 0));
    assertThat(operator.deadLetters()).as("records in *.DLT").isEqualTo(deadLettersBefore);

    System.out.printf(
        "[fault drill] %s; %d submissions acknowledged in %d s (%d filings refused or failed"
            + " while a part was away), all issued exactly once, permit numbers gapless,"
            + " outboxes drained, no dead letter (all final %d s after the stream ended)%s%n",
        String.join("; ", drill),
        filed.size(),
        streamed.toSeconds(),
        refusedFilings.get(),
        Duration.between(began.plus(streamed), Instant.now()).toSeconds(),
        filingFailures.isEmpty()
            ? ""
            : "; first failed filings: " + filingFailures.stream().limit(3).toList());
  }

  /**
   * Files one complete application. During a fault a step may fail (the simulator away, a service
   * restarting): the filing is then not acknowledged, and the portal would try again.
   */
  private void fileOne(
      int n, Queue<Acknowledged> acknowledged, AtomicInteger refused, Queue<String> failures) {
    Drafts.Applicant applicant = APPLICANTS.get(n % APPLICANTS.size());
    try {
      String token = portal.signIn(applicant.iin(), applicant.bin(), "APPLICANT");
      String applicationId =
          portal.draftWithItsDocuments(KINDS.get(n % KINDS.size()).apply(applicant), token);
      portal.payTheDuty(applicationId, applicant.iin(), applicant.bin(), token);
      Http.Response submission =
          portal.submitSigned(applicationId, applicant.iin(), applicant.bin(), token);
      if (submission.status() == 202) {
        acknowledged.add(
            new Acknowledged(
                applicationId,
                applicant.bin() != null ? applicant.bin() : applicant.iin(),
                token,
                Instant.now()));
      } else {
        refused.incrementAndGet();
        failures.add(submission.status() + " " + submission.body());
      }
    } catch (RuntimeException | AssertionError e) {
      refused.incrementAndGet();
      failures.add(String.valueOf(e.getMessage()));
    }
  }

  /** The officer's desk: approves each of ours that waits in review; retries what failed. */
  private void approveWhatWaits(
      Queue<Acknowledged> acknowledged, Set<String> approved, String officer) {
    for (Acknowledged application : acknowledged) {
      if (approved.contains(application.applicationId())) {
        continue;
      }
      try {
        JsonNode body = application(application);
        if ("IN_REVIEW".equals(body.path("status").asString())) {
          Http.Response decision =
              http.post(
                  portal.api("/api/v1/review/cases/" + application.applicationId() + "/decision"),
                  officer,
                  Map.of("decision", "APPROVE"));
          if (decision.status() / 100 == 2 || decision.status() == 409) {
            approved.add(application.applicationId());
          }
        } else if (isFinal(body)) {
          approved.add(application.applicationId());
        }
      } catch (RuntimeException e) {
        // a part is away (a fault of the drill): the next round asks again
      }
    }
  }

  /** The receipts the payment gateway lists for the application, as verification asks (SHEP). */
  private List<JsonNode> receiptsOf(Acknowledged application) {
    Http.Response answer =
        http.post(
            portal.sim("/shep/sync"),
            null,
            Map.of(
                "messageId", java.util.UUID.randomUUID().toString(),
                "correlationId", java.util.UUID.randomUUID().toString(),
                "serviceId", "PAYMENT_RECEIPTS",
                "messageDate", Instant.now().toString(),
                "sender", Map.of("senderId", "cites-permits", "password", "dev-secret"),
                "payload",
                    Map.of(
                        "payerId", application.payerId(),
                        "reference", application.applicationId())));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    List<JsonNode> receipts = new ArrayList<>();
    answer.body().at("/payload/receipts").forEach(receipts::add);
    return receipts;
  }

  private JsonNode application(Acknowledged application) {
    Http.Response response =
        http.get(
            portal.api("/api/v1/applications/" + application.applicationId()), application.token());
    if (response.status() != 200) {
      throw new IllegalStateException(
          "GET application " + application.applicationId() + " -> " + response.status());
    }
    return response.body();
  }

  private static boolean isFinal(JsonNode application) {
    return List.of("ISSUED", "REFUSED", "NOT_ACCEPTED", "WITHDRAWN")
        .contains(application.path("status").asString());
  }

  private static List<String> historyStatuses(JsonNode application) {
    List<String> statuses = new ArrayList<>();
    application.path("history").forEach(step -> statuses.add(step.path("status").asString()));
    return statuses;
  }

  private static void awaitMoreAcknowledged(Queue<Acknowledged> acknowledged, int more) {
    int target = acknowledged.size() + more;
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> acknowledged.size() >= target);
  }

  /** The serials missing from 1..max, per two-digit year: none when the numbering is gapless. */
  static List<String> gaps(List<String> numbers) {
    Map<String, List<Integer>> serialsByYear =
        numbers.stream()
            .map(PERMIT_NUMBER::matcher)
            .filter(Matcher::matches)
            .collect(
                Collectors.groupingBy(
                    m -> m.group(1),
                    Collectors.mapping(m -> Integer.parseInt(m.group(2)), Collectors.toList())));
    assertThat(serialsByYear.values().stream().mapToInt(List::size).sum())
        .as("every permit number is of the form yyKZnnnnnn: " + numbers)
        .isEqualTo(numbers.size());
    List<String> missing = new ArrayList<>();
    serialsByYear.forEach(
        (year, serials) -> {
          Set<Integer> present = Set.copyOf(serials);
          int max = serials.stream().mapToInt(Integer::intValue).max().orElse(0);
          for (int serial = 1; serial <= max; serial++) {
            if (!present.contains(serial)) {
              missing.add("%sKZ%06d".formatted(year, serial));
            }
          }
        });
    return missing;
  }
}

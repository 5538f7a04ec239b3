package kz.cites.verification.checks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.access.ApiOwner;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.events.CheckResult;
import kz.cites.events.PermitType;
import kz.cites.events.Topics;
import kz.cites.events.VerificationCompleted;
import kz.cites.messaging.Outbox;
import kz.cites.testsupport.EmbeddedInfrastructure;
import kz.cites.testsupport.InfrastructureMode;
import kz.cites.testsupport.RouteCoverage;
import kz.cites.testsupport.TestInfrastructure;
import kz.cites.testsupport.TopicRecords;
import kz.cites.verification.checks.domain.CheckStatus;
import kz.cites.verification.checks.domain.Verification;
import kz.cites.verification.checks.domain.VerificationCheck;
import kz.cites.verification.egov.ShepStubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/** The service end to end on real PostgreSQL and Kafka, with WireMock as the SHEP gateway. */
@SpringBootTest(
    properties = {
      "cites.verification.recheck-interval=200ms",
      // wide enough for WireMock's answers on a slow machine; the slow-registry test waits longer
      "cites.verification.gather-window=2s",
      "cites.egov.read-timeout=10s",
      "resilience4j.timelimiter.configs.default.timeout-duration=10s",
      "resilience4j.retry.configs.default.wait-duration=20ms",
      // the breaker of a registry that is down opens; it must let a call through soon after
      "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1s",
      "cites.messaging.outbox.poll-interval=200ms"
    })
@AutoConfigureMockMvc
@Import(TestInfrastructure.class)
class VerificationFlowTest {

  static final WireMockServer shep = new WireMockServer(options().dynamicPort());

  static {
    shep.start();
    // court records know nothing against anyone unless a test says otherwise
    shep.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(ShepStubs.PATH))
            .withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                    "$.serviceId",
                    com.github.tomakehurst.wiremock.client.WireMock.equalTo("COURT_RECORDS")))
            .atPriority(10)
            .willReturn(ShepStubs.ok(ShepStubs.rulings())));
  }

  @DynamicPropertySource
  static void egov(DynamicPropertyRegistry registry) {
    registry.add("cites.egov.shep-url", () -> shep.baseUrl() + ShepStubs.PATH);
  }

  @AfterAll
  static void stopShep() {
    shep.stop();
  }

  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired MockMvc mvc;
  @Autowired Verifications verifications;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlers;

  @Value("${spring.kafka.bootstrap-servers:}")
  String configuredBootstrapServers;

  /**
   * The document as the gateway publishes it passes the OpenAPI specification's validation and the
   * house rules, and is exported to docs/openapi/verification.json (breaking changes against the
   * previous export reported).
   */
  @Test
  void theDocumentIsPublishedWithoutFindings() throws Exception {
    String document =
        mvc.perform(get("/v3/api-docs"))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    kz.cites.testsupport.PublishedApi.Findings findings =
        kz.cites.testsupport.PublishedApi.publish("verification", document);
    assertThat(findings.lint()).as("lint findings").isEmpty();
    assertThat(findings.breaking()).as("breaking changes").isEmpty();
  }

  @Test
  void everyOperationHasItsLineInTheRouteTableAndEveryLineAnOperation() {
    assertThat(RouteCoverage.operationsWithoutARule(handlers, ApiOwner.VERIFICATION)).isEmpty();
    assertThat(RouteCoverage.rulesWithoutAnOperation(handlers, ApiOwner.VERIFICATION)).isEmpty();
  }

  @Test
  void aSubmittedApplicationIsVerifiedOnceAndRedeliveriesChangeNothing() throws Exception {
    UUID applicationId = UUID.randomUUID();
    String iin = "811201401188";
    registryKnowsAndPaid(applicationId, iin, "Әбенова", "Айгерім");
    ApplicationSubmitted submitted = submitted(applicationId, iin, "Aigerim Abenova");

    feed(submitted);

    await().atMost(Duration.ofSeconds(30)).until(() -> completedOn(applicationId), hasSize(1));
    VerificationCompleted completed = completedOn(applicationId).getFirst();
    assertThat(completed.allPassed()).isTrue();
    // stored, it has a version: saved again it is updated, never inserted a second time
    assertThat(verifications.find(applicationId).orElseThrow().isNew()).isFalse();
    assertThat(completed.checks())
        .extracting(CheckResult::check)
        .containsExactlyInAnyOrder(
            CheckResult.Check.IDENTITY,
            CheckResult.Check.DUTY_PAYMENT,
            CheckResult.Check.COURT_RECORDS);
    CheckResult payment = result(completed, CheckResult.Check.DUTY_PAYMENT);
    assertThat(payment.receipts()).hasSize(1);
    assertThat(payment.receipts().getFirst().receiptNumber()).isEqualTo("R-2026-000017");
    assertThat(payment.receipts().getFirst().amount()).isEqualByComparingTo("8650.00");
    assertThat(result(completed, CheckResult.Check.IDENTITY).registryMessageId())
        .isEqualTo(ShepStubs.REGISTRY_MESSAGE_ID);

    // one trace from the event to the registry calls (made on virtual threads of their own) and
    // to the verification's own event (ADR 0013)
    String traceId = traceIdOfOutboxRow(submitted.eventId());
    assertThat(
            shep
                .findAll(
                    com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(ShepStubs.PATH)))
                .stream()
                .filter(request -> request.getBodyAsString().contains(applicationId.toString()))
                .map(request -> request.getHeader("traceparent")))
        .isNotEmpty()
        .allSatisfy(traceparent -> assertThat(traceparent).contains("-" + traceId + "-"));
    assertThat(
            traceIdOfOutboxRow(
                jdbc.sql(
                        "select id from outbox_event where message_key = :key"
                            + " and topic = 'cites.verification.events'")
                    .param("key", applicationId.toString())
                    .query(UUID.class)
                    .single()))
        .isEqualTo(traceId);

    // The same event delivered again (its outbox row published a second time) ...
    jdbc.sql("update outbox_event set published_at = null where id = :id")
        .param("id", submitted.eventId())
        .update();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("select published_at is not null from outbox_event where id = :id")
                    .param("id", submitted.eventId())
                    .query(Boolean.class)
                    .single());
    // ... and the same application under another event id, consumed after it (same key, same
    // partition): once that one is in the inbox, both have been seen.
    ApplicationSubmitted again =
        new ApplicationSubmitted(
            UUID.randomUUID(),
            Instant.now(),
            applicationId,
            submitted.registrationNumber(),
            submitted.submittedAt(),
            submitted.registrationDate(),
            submitted.dueAt(),
            submitted.application());
    feed(again);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from inbox_event where consumer = 'verification-service'"
                                + " and event_id = :id")
                        .param("id", again.eventId())
                        .query(Integer.class)
                        .single()
                    == 1);

    assertThat(
            jdbc.sql("select count(*) from verification_check where application_id = :id")
                .param("id", applicationId)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
    assertThat(
            jdbc.sql(
                    "select count(*) from outbox_event where message_key = :key"
                        + " and topic = 'cites.verification.events'")
                .param("key", applicationId.toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(completedOn(applicationId)).hasSize(1);

    mvc.perform(get("/api/v1/verifications/{id}", applicationId).with(as("OFFICER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("COMPLETED"))
        .andExpect(jsonPath("$.checks", org.hamcrest.Matchers.hasSize(3)))
        .andExpect(jsonPath("$.checks[?(@.check == 'IDENTITY')].outcome").value("PASSED"))
        .andExpect(jsonPath("$.checks[?(@.check == 'IDENTITY')].attempts").value(1))
        .andExpect(
            jsonPath("$.checks[?(@.check == 'IDENTITY')].evidence.registryMessageId")
                .value(ShepStubs.REGISTRY_MESSAGE_ID))
        .andExpect(
            jsonPath("$.checks[?(@.check == 'IDENTITY')].registeredName.name")
                .value("Әбенова Айгерім"))
        .andExpect(
            jsonPath("$.checks[?(@.check == 'IDENTITY')].nameInApplication")
                .value("Aigerim Abenova"))
        .andExpect(jsonPath("$.checks[?(@.check == 'DUTY_PAYMENT')].outcome").value("RECORDED"))
        .andExpect(
            jsonPath("$.checks[?(@.check == 'DUTY_PAYMENT')].evidence.receipts[0].receiptNumber")
                .value("R-2026-000017"));
  }

  /**
   * A check is claimed when its verification opens, and the claim holds while the registry takes
   * its time: the re-check rounds (every 200 ms here) leave it alone, so a slow registry is asked
   * once, not once per round. (The claim is made in the inbox transaction's after-commit callback;
   * this pins that it is committed there, the connection being back in auto-commit by then.)
   */
  @Test
  void aCheckWaitingForASlowRegistryIsAskedOnce() throws Exception {
    UUID applicationId = UUID.randomUUID();
    String iin = "790412450337";
    registryKnowsAndPaid(applicationId, iin, "Сейітқазы", "Нұрлан");
    shep.stubFor(
        ShepStubs.request("COURT_RECORDS", "iin", iin)
            .atPriority(1)
            .willReturn(ShepStubs.ok(ShepStubs.rulings()).withFixedDelay(1500)));

    feed(submitted(applicationId, iin, "Сейітқазы Нұрлан"));

    await().atMost(Duration.ofSeconds(30)).until(() -> completedOn(applicationId), hasSize(1));
    assertThat(
            shep.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(ShepStubs.PATH))
                    .withRequestBody(
                        com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                            "$.serviceId",
                            com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                "COURT_RECORDS")))
                    .withRequestBody(
                        com.github.tomakehurst.wiremock.client.WireMock.containing(iin))))
        .as("the court registry asked about %s", iin)
        .hasSize(1);
    // every claim given back with its stored outcome
    assertThat(
            jdbc.sql(
                    "select count(*) from verification_check where application_id = :id"
                        + " and claimed_by is not null")
                .param("id", applicationId)
                .query(Long.class)
                .single())
        .isZero();
  }

  /**
   * The checks of one application are asked at once and their outcomes stored together: the
   * verification is written once after its opening, not once per check (its version counts the
   * writes).
   */
  @Test
  void outcomesBackTogetherAreStoredInOneWrite() throws Exception {
    UUID applicationId = UUID.randomUUID();
    String iin = "850614400506";
    registryKnowsAndPaid(applicationId, iin, "Жұмабекова", "Әйгерім");

    feed(submitted(applicationId, iin, "Жұмабекова Әйгерім"));

    await().atMost(Duration.ofSeconds(30)).until(() -> completedOn(applicationId), hasSize(1));
    assertThat(checksOf(applicationId)).hasSizeGreaterThan(1);
    assertThat(writesAfterOpening(applicationId)).isEqualTo(1);
    assertThat(unreleasedClaims(applicationId)).isZero();
  }

  /**
   * A registry slower than the gathering window holds back no other outcome: the others are stored
   * together while it thinks, and its own outcome, stored when it answers, completes the
   * verification.
   */
  @Test
  void aSlowRegistryHoldsBackNoOtherOutcome() throws Exception {
    UUID applicationId = UUID.randomUUID();
    String iin = "911023300800";
    registryKnowsAndPaid(applicationId, iin, "Оспанов", "Ерғали");
    shep.stubFor(
        ShepStubs.request("COURT_RECORDS", "iin", iin)
            .atPriority(1)
            .willReturn(ShepStubs.ok(ShepStubs.rulings()).withFixedDelay(6000)));

    feed(submitted(applicationId, iin, "Оспанов Ерғали"));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                checkOf(applicationId, CheckResult.Check.COURT_RECORDS) != null
                    && checksOf(applicationId).stream()
                        .filter(c -> c.kind() != CheckResult.Check.COURT_RECORDS)
                        .allMatch(c -> c.status().definite()));
    assertThat(checkOf(applicationId, CheckResult.Check.COURT_RECORDS).status().definite())
        .as("the court registry is still thinking")
        .isFalse();
    assertThat(completedOn(applicationId)).isEmpty();

    await().atMost(Duration.ofSeconds(30)).until(() -> completedOn(applicationId), hasSize(1));
    assertThat(writesAfterOpening(applicationId)).isEqualTo(2);
    assertThat(unreleasedClaims(applicationId)).isZero();
  }

  @Test
  void aFailedCheckSaysWhatItFoundInKazakhRussianAndEnglish() throws Exception {
    UUID applicationId = UUID.randomUUID();
    String iin = "790405303376";
    registryKnows(iin, "Қасымов", "Тимур");
    shep.stubFor(
        ShepStubs.request("COURT_RECORDS", "iin", iin)
            .atPriority(1)
            .willReturn(
                ShepStubs.ok(
                    ShepStubs.rulings(
                        ShepStubs.ruling(
                            "7599-25-00-1/215", "ACTIVITY_BAN", "2025-06-10", "2099-06-10")))));
    shep.stubFor(
        ShepStubs.request("PAYMENT_RECEIPTS", "reference", applicationId.toString())
            .willReturn(ShepStubs.ok(ShepStubs.receipts(iin, applicationId.toString()))));

    feed(submitted(applicationId, iin, "Kassymov Timur"));

    await().atMost(Duration.ofSeconds(30)).until(() -> completedOn(applicationId), hasSize(1));
    CheckResult court =
        result(completedOn(applicationId).getFirst(), CheckResult.Check.COURT_RECORDS);
    assertThat(court.outcome()).isEqualTo(CheckResult.Outcome.FAILED);
    assertThat(court.finding()).isEqualTo("ACTIVITY_BANNED");
    // the English evidence for officers stays as it was
    assertThat(court.reason()).startsWith("Ruling 7599-25-00-1/215");
    assertThat(court.explanation().kk())
        .contains("№ 7599-25-00-1/215 іс бойынша 10.06.2025 заңды күшіне енген")
        .contains("10.06.2099 қоса алғанда");
    assertThat(court.explanation().ru())
        .contains("вступившее в законную силу 10.06.2025 решение суда по делу № 7599-25-00-1/215")
        .contains("по 10.06.2099 включительно");
    assertThat(court.explanation().en())
        .contains("case No. 7599-25-00-1/215, in force since 2025-06-10")
        .contains("until 2099-06-10 inclusive");
    assertThat(checkOf(applicationId, CheckResult.Check.COURT_RECORDS).explanation())
        .isEqualTo(court.explanation());
    // the checks that passed name no finding
    assertThat(result(completedOn(applicationId).getFirst(), CheckResult.Check.IDENTITY).finding())
        .isNull();
  }

  @Test
  void aRegistryOutageOnlyDelaysTheChecksOfACompanyAndTheyCompleteOnceItIsBack() throws Exception {
    UUID applicationId = UUID.randomUUID();
    String head = "680514304126";
    String bin = "940140000385";
    shep.stubFor(
        ShepStubs.request("GBDUL_ENTITY", "bin", bin)
            .atPriority(5)
            .willReturn(aResponse().withStatus(503)));
    registryKnows(head, "Dzhaksybekov", "Marat");
    shep.stubFor(
        ShepStubs.request("PAYMENT_RECEIPTS", "reference", applicationId.toString())
            .willReturn(ShepStubs.ok(ShepStubs.receipts(bin, applicationId.toString()))));
    shep.stubFor(
        ShepStubs.request("HUNTING_PERMITS", "permitNumber", "HP-2026-000417")
            .willReturn(
                ShepStubs.ok(
                    ShepStubs.huntingPermit(
                        "HP-2026-000417",
                        head,
                        "Ovis ammon",
                        1,
                        LocalDate.now().minusDays(30).toString(),
                        LocalDate.now().plusYears(1).toString()))));
    ApplicationSnapshot.Applicant company =
        new ApplicationSnapshot.Applicant(
            ApplicationSnapshot.ApplicantType.LEGAL_ENTITY,
            head,
            bin,
            "Dala Fauna Trade LLP",
            "Almaty, Abai 10",
            "+77011234567",
            "office@dala.kz");
    ApplicationSnapshot.Specimen argali =
        new ApplicationSnapshot.Specimen(
            "Ovis ammon",
            "TRO",
            BigDecimal.ONE,
            null,
            "W",
            "KZ",
            null,
            "HP-2026-000417",
            "horns and skin, tag KZ-H-2026-017",
            LocalDate.now().minusDays(10),
            1);

    feed(submitted(applicationId, company, argali));

    // Asked again and again while the registry is down (its breaker opens on the way), never
    // failed, nothing completed; officers see since when and why it waits.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> checkOf(applicationId, CheckResult.Check.LEGAL_ENTITY),
            c -> c != null && c.status() == CheckStatus.UNAVAILABLE && c.attempts() >= 3);
    assertThat(verifications.find(applicationId).orElseThrow().checks())
        .extracting(VerificationCheck::kind)
        .containsExactlyInAnyOrder(
            CheckResult.Check.IDENTITY,
            CheckResult.Check.LEGAL_ENTITY,
            CheckResult.Check.DUTY_PAYMENT,
            CheckResult.Check.HUNTING_PERMIT,
            CheckResult.Check.COURT_RECORDS);
    assertThat(verifications.find(applicationId).orElseThrow().checks())
        .noneMatch(c -> c.status() == CheckStatus.FAILED);
    assertThat(verifications.find(applicationId).orElseThrow().status())
        .isEqualTo(Verification.Status.IN_PROGRESS);
    mvc.perform(get("/api/v1/verifications/{id}", applicationId).with(as("OFFICER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
        .andExpect(jsonPath("$.checks[?(@.check == 'LEGAL_ENTITY')].outcome").value("UNAVAILABLE"))
        .andExpect(jsonPath("$.checks[?(@.check == 'LEGAL_ENTITY')].waiting.since").isNotEmpty())
        .andExpect(jsonPath("$.checks[?(@.check == 'LEGAL_ENTITY')].waiting.reason").isNotEmpty())
        .andExpect(jsonPath("$.checks[?(@.check == 'LEGAL_ENTITY')].signerIin").value(head))
        .andExpect(
            jsonPath("$.checks[?(@.check == 'HUNTING_PERMIT')].specimens[0].permitNumber")
                .value("HP-2026-000417"))
        .andExpect(
            jsonPath("$.checks[?(@.check == 'HUNTING_PERMIT')].specimens[0].takenOn")
                .value(LocalDate.now().minusDays(10).toString()))
        .andExpect(
            jsonPath("$.checks[?(@.check == 'HUNTING_PERMIT')].specimens[0].animalCount").value(1));
    assertThat(completedOn(applicationId)).isEmpty();

    shep.stubFor(
        ShepStubs.request("GBDUL_ENTITY", "bin", bin)
            .atPriority(1)
            .willReturn(ShepStubs.ok(ShepStubs.entity(bin, "ACTIVE", head))));

    await().atMost(Duration.ofSeconds(30)).until(() -> completedOn(applicationId), hasSize(1));
    VerificationCompleted completed = completedOn(applicationId).getFirst();
    assertThat(completed.allPassed()).as(completed.toString()).isTrue();
    assertThat(completed.checks()).hasSize(5);
    assertThat(checkOf(applicationId, CheckResult.Check.LEGAL_ENTITY).unavailableSince()).isNull();
    // per-registry metrics (served on the management port): the breaker of the registry that
    // was down, and its calls by outcome, unavailable first and found at last
    assertThat(
            meters.find("resilience4j.circuitbreaker.state").tag("name", "legal-entities").gauges())
        .isNotEmpty();
    assertThat(
            meters
                .get("cites.registry.calls")
                .tags("registry", "legal-entities", "outcome", "found")
                .counter()
                .count())
        .isPositive();
    assertThat(
            meters
                .find("cites.registry.calls")
                .tags("registry", "legal-entities")
                .counters()
                .stream()
                .map(c -> c.getId().getTag("outcome")))
        .contains("found")
        .anyMatch(outcome -> !outcome.equals("found"));
  }

  @Test
  void aWithdrawnApplicationIsNoLongerChecked() throws Exception {
    UUID applicationId = UUID.randomUUID();
    String iin = "900322405274";
    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", iin)
            .atPriority(5)
            .willReturn(aResponse().withStatus(503)));
    shep.stubFor(
        ShepStubs.request("PAYMENT_RECEIPTS", "reference", applicationId.toString())
            .willReturn(ShepStubs.ok(ShepStubs.receipts(iin, applicationId.toString()))));
    feed(submitted(applicationId, iin, "Dana Omarova"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> checkOf(applicationId, CheckResult.Check.IDENTITY),
            c -> c != null && c.status() == CheckStatus.UNAVAILABLE);

    new TransactionTemplate(transactions)
        .executeWithoutResult(
            s ->
                outbox.record(
                    new ApplicationWithdrawn(
                        UUID.randomUUID(), Instant.now(), applicationId, "changed my mind")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> verifications.find(applicationId).orElseThrow().status(),
            s -> s == Verification.Status.WITHDRAWN);
    registryKnows(iin, "Omarova", "Dana");
    int attempts = checkOf(applicationId, CheckResult.Check.IDENTITY).attempts();

    // many re-check rounds later: not asked again, never completed
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                checkOf(applicationId, CheckResult.Check.IDENTITY).attempts() == attempts
                    && completedOn(applicationId).isEmpty());
    assertThat(checkOf(applicationId, CheckResult.Check.IDENTITY).status())
        .isEqualTo(CheckStatus.UNAVAILABLE);
    mvc.perform(get("/api/v1/verifications/{id}", applicationId).with(as("OFFICER")))
        .andExpect(jsonPath("$.status").value("WITHDRAWN"));
  }

  @Test
  void onlyStaffSeeVerificationsAndAnUnknownOneIsAProblem() throws Exception {
    mvc.perform(get("/api/v1/verifications/{id}", UUID.randomUUID()).with(as("APPLICANT")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/verifications/{id}", UUID.randomUUID()))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/verifications/{id}", UUID.randomUUID()).with(as("OPERATOR")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"))
        .andExpect(jsonPath("$.applicationId").exists());
    mvc.perform(get("/api/v1/verifications/{id}", "not-a-uuid").with(as("OFFICER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.field").value("applicationId"));
  }

  @Test
  void aProblemComesInTheLanguageTheCallerAsksFor() throws Exception {
    UUID unknown = UUID.randomUUID();
    String[][] expected = {
      {"kk", "kk", "Табылмады", unknown + " өтініші бойынша тексерулер табылмады."},
      {"ru-RU", "ru", "Не найдено", "Проверки по заявке " + unknown + " не найдены."},
      {"en", "en", "Not found", "Verification of application " + unknown + " not found"},
      {"fr", "ru", "Не найдено", "Проверки по заявке " + unknown + " не найдены."}
    };
    for (String[] language : expected) {
      mvc.perform(
              get("/api/v1/verifications/{id}", unknown)
                  .header("Accept-Language", language[0])
                  .with(as("OFFICER")))
          .andExpect(status().isNotFound())
          .andExpect(header().string("Content-Language", language[1]))
          .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"))
          .andExpect(jsonPath("$.title").value(language[2]))
          .andExpect(jsonPath("$.detail").value(language[3]));
    }
    // no Accept-Language: Russian, the portal's default; the field error names the field as always
    mvc.perform(get("/api/v1/verifications/{id}", "not-a-uuid").with(as("OFFICER")))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Language", "ru"))
        .andExpect(jsonPath("$.title").value("Неверные данные запроса"))
        .andExpect(jsonPath("$.errors[0].field").value("applicationId"))
        .andExpect(jsonPath("$.errors[0].message").value("имеет неверный формат (ожидается UUID)"));
  }

  /** The person is in the registry and has paid the application's duty. */
  private void registryKnowsAndPaid(
      UUID applicationId, String iin, String lastName, String firstName) {
    registryKnows(iin, lastName, firstName);
    shep.stubFor(
        ShepStubs.request("PAYMENT_RECEIPTS", "reference", applicationId.toString())
            .willReturn(ShepStubs.ok(ShepStubs.receipts(iin, applicationId.toString()))));
  }

  private void registryKnows(String iin, String lastName, String firstName) {
    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", iin)
            .atPriority(1)
            .willReturn(ShepStubs.ok(ShepStubs.person(iin, lastName, firstName, "", true))));
  }

  private List<VerificationCheck> checksOf(UUID applicationId) {
    return verifications.find(applicationId).map(v -> v.checks()).orElse(List.of());
  }

  /** The verification row's version: 0 when opened, one more for every write since. */
  private long writesAfterOpening(UUID applicationId) {
    return jdbc.sql("select version from verification where application_id = :id")
        .param("id", applicationId)
        .query(Long.class)
        .single();
  }

  private long unreleasedClaims(UUID applicationId) {
    return jdbc.sql(
            "select count(*) from verification_check where application_id = :id"
                + " and claimed_by is not null")
        .param("id", applicationId)
        .query(Long.class)
        .single();
  }

  private VerificationCheck checkOf(UUID applicationId, CheckResult.Check kind) {
    return verifications.find(applicationId).stream()
        .flatMap(v -> v.checks().stream())
        .filter(c -> c.kind() == kind)
        .findFirst()
        .orElse(null);
  }

  private String traceIdOfOutboxRow(UUID eventId) {
    return jdbc.sql("select traceparent from outbox_event where id = :id")
        .param("id", eventId)
        .query(String.class)
        .single()
        .split("-")[1];
  }

  private void feed(ApplicationSubmitted event) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> outbox.record(event));
  }

  private List<VerificationCompleted> completedOn(UUID applicationId) {
    return TopicRecords.readAll(bootstrapServers(), Topics.VERIFICATION).stream()
        .filter(r -> applicationId.toString().equals(r.key()))
        .map(r -> json.readValue(r.value(), VerificationCompleted.class))
        .toList();
  }

  private String bootstrapServers() {
    return InfrastructureMode.current() == InfrastructureMode.EMBEDDED
        ? EmbeddedInfrastructure.kafkaBootstrapServers()
        : configuredBootstrapServers;
  }

  private static CheckResult result(VerificationCompleted completed, CheckResult.Check check) {
    return completed.checks().stream().filter(c -> c.check() == check).findFirst().orElseThrow();
  }

  private static RequestPostProcessor as(String role) {
    return jwt()
        .jwt(
            j ->
                j.subject("880101300123")
                    .claim("iin", "880101300123")
                    .claim("roles", List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }

  private static ApplicationSubmitted submitted(UUID applicationId, String iin, String name) {
    return submitted(
        applicationId,
        new ApplicationSnapshot.Applicant(
            ApplicationSnapshot.ApplicantType.INDIVIDUAL,
            iin,
            null,
            name,
            "Astana, Mangilik El 55",
            "+77011234567",
            "applicant@example.kz"),
        new ApplicationSnapshot.Specimen(
            "Falco cherrug",
            "LIV",
            BigDecimal.valueOf(2),
            null,
            "C",
            "KZ",
            null,
            null,
            "closed rings KZ-2025-0041, KZ-2025-0042",
            null,
            null));
  }

  private static ApplicationSubmitted submitted(
      UUID applicationId,
      ApplicationSnapshot.Applicant applicant,
      ApplicationSnapshot.Specimen specimen) {
    Instant now = Instant.now();
    return new ApplicationSubmitted(
        UUID.randomUUID(),
        now,
        applicationId,
        "CITES-2026-" + applicationId.toString().substring(0, 6),
        now,
        LocalDate.now(),
        now.plus(Duration.ofDays(3)),
        new ApplicationSnapshot(
            PermitType.EXPORT,
            applicant,
            "Z",
            new ApplicationSnapshot.Party("Tierpark Berlin", "Am Tierpark 125, Berlin", "DE"),
            List.of(specimen),
            new ApplicationSnapshot.Transport("Astana airport", LocalDate.now().plusDays(20)),
            true));
  }
}

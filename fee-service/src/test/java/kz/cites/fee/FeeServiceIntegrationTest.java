package kz.cites.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSnapshot.Applicant;
import kz.cites.events.ApplicationSnapshot.ApplicantType;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.CheckResult;
import kz.cites.events.CitesEvent;
import kz.cites.events.PaymentReceipt;
import kz.cites.events.PermitType;
import kz.cites.events.Topics;
import kz.cites.events.VerificationCompleted;
import kz.cites.fee.assessment.PendingAssessments;
import kz.cites.messaging.Outbox;
import kz.cites.messaging.OutboxRelay;
import kz.cites.testsupport.EmbeddedInfrastructure;
import kz.cites.testsupport.InfrastructureMode;
import kz.cites.testsupport.TestInfrastructure;
import kz.cites.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on real PostgreSQL and Kafka: inputs go through the outbox relay onto the topics with
 * their CloudEvents headers, outputs are read back from {@code cites.fee.events}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestInfrastructure.class)
class FeeServiceIntegrationTest {

  private static final String APPLICANT = "811201401188";
  private static final String OTHER_APPLICANT = "061211600012";
  private static final LocalDate IN_2026 = LocalDate.of(2026, 3, 26);

  @Autowired MockMvc mvc;
  @Autowired Outbox outbox;
  @Autowired OutboxRelay relay;
  @Autowired PlatformTransactionManager txManager;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired PendingAssessments pendingAssessments;

  @Value("${spring.kafka.bootstrap-servers:}")
  String configuredBootstrapServers;

  @Test
  void submittedThenVerifiedConfirmsOnceAndRepeatsChangeNothing() throws Exception {
    UUID app = UUID.randomUUID();
    ApplicationSubmitted submitted = submitted(app, APPLICANT, IN_2026);
    VerificationCompleted verified = verified(app, receipt("R-A1", APPLICANT, "8650.00", app));

    record(submitted);
    record(verified);
    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");

    // the very same records again (a Kafka redelivery), then the same facts under new event ids
    redeliver(submitted.eventId());
    redeliver(verified.eventId());
    VerificationCompleted again = verified(app, receipt("R-A1", APPLICANT, "8650.00", app));
    record(submitted(app, APPLICANT, IN_2026));
    record(again);
    awaitProcessed(again.eventId());

    assertThat(outboxTypes(app)).containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
    assertThat(feeEvents(app))
        .extracting(FeeEvent::type)
        .containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
    JsonNode assessed = event(app, "FeeAssessed");
    assertThat(assessed.get("amount").decimalValue()).isEqualTo(new BigDecimal("8650.00"));
    assertThat(assessed.get("currency").asString()).isEqualTo("KZT");
    assertThat(assessed.get("mciYear").asInt()).isEqualTo(2026);
    assertThat(assessed.get("mciValue").decimalValue()).isEqualByComparingTo("4325");
    JsonNode confirmed = event(app, "FeeConfirmed");
    assertThat(confirmed.get("receipts").get(0).get("receiptNumber").asString()).startsWith("R-A1");
  }

  @Test
  void verifiedBeforeSubmittedAlsoConfirmsOnce() {
    UUID app = UUID.randomUUID();
    VerificationCompleted verified = verified(app, receipt("R-B1", APPLICANT, "8650.00", app));
    record(verified);
    awaitProcessed(verified.eventId());
    assertThat(outboxTypes(app)).isEmpty();

    record(submitted(app, APPLICANT, IN_2026));

    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
    assertThat(outboxTypes(app)).containsExactlyInAnyOrder("FeeAssessed", "FeeConfirmed");
  }

  @Test
  void noReceiptIsRejectedAsUnpaid() {
    UUID app = UUID.randomUUID();
    record(submitted(app, APPLICANT, IN_2026));
    record(verified(app));

    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
    JsonNode rejected = event(app, "FeeRejected");
    assertThat(rejected.get("reason").asString()).isEqualTo("UNPAID");
    assertThat(rejected.get("paid").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void underpaymentIsRejectedAsUnderpaid() {
    UUID app = UUID.randomUUID();
    record(submitted(app, APPLICANT, LocalDate.of(2026, 1, 2)));
    // the 2025 duty paid for an application registered in 2026
    record(verified(app, receipt("R-C1", APPLICANT, "7864.00", app)));

    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
    JsonNode rejected = event(app, "FeeRejected");
    assertThat(rejected.get("reason").asString()).isEqualTo("UNDERPAID");
    assertThat(rejected.get("paid").decimalValue()).isEqualByComparingTo("7864.00");
    assertThat(rejected.get("amount").decimalValue()).isEqualByComparingTo("8650.00");
  }

  @Test
  void paymentByAnotherPersonIsRejected() {
    UUID app = UUID.randomUUID();
    record(submitted(app, APPLICANT, IN_2026));
    record(verified(app, receipt("R-D1", OTHER_APPLICANT, "8650.00", app)));

    awaitFeeEvents(app, "FeeAssessed", "FeeRejected");
    assertThat(event(app, "FeeRejected").get("reason").asString())
        .isEqualTo("PAID_BY_ANOTHER_PAYER");
  }

  @Test
  void twoReceiptsAddingUpConfirm() {
    UUID app = UUID.randomUUID();
    record(submitted(app, APPLICANT, LocalDate.of(2025, 12, 31)));
    record(
        verified(
            app,
            receipt("R-E1", APPLICANT, "4000.00", app),
            receipt("R-E2", APPLICANT, "3864.00", app)));

    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");
    JsonNode confirmed = event(app, "FeeConfirmed");
    assertThat(confirmed.get("amount").decimalValue()).isEqualTo(new BigDecimal("7864.00"));
    assertThat(confirmed.get("receipts")).hasSize(2);
  }

  @Test
  void theFeeIsVisibleToItsPayerAndStaffOnly() throws Exception {
    UUID app = UUID.randomUUID();
    record(submitted(app, APPLICANT, IN_2026));
    record(verified(app, receipt("R-F1", APPLICANT, "8650.00", app)));
    awaitFeeEvents(app, "FeeAssessed", "FeeConfirmed");

    mvc.perform(get("/api/v1/fees/{id}", app).with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CONFIRMED"))
        .andExpect(jsonPath("$.currency").value("KZT"))
        .andExpect(jsonPath("$.mciYear").value(2026))
        .andExpect(jsonPath("$.multiplier").value(2))
        .andExpect(
            jsonPath("$.legalReference").value(org.hamcrest.Matchers.containsString("2 MCI")))
        .andExpect(
            jsonPath("$.receipts[0].receiptNumber").value(org.hamcrest.Matchers.startsWith("R-F1")))
        .andExpect(jsonPath("$.receipts[0].counted").value(true))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("\"amount\":8650.00")));

    mvc.perform(get("/api/v1/fees/{id}", app).with(user(OTHER_APPLICANT, "APPLICANT")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"));

    mvc.perform(get("/api/v1/fees/{id}", app).with(user("900101300123", "OFFICER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.payerId").value(APPLICANT));

    mvc.perform(get("/api/v1/fees/{id}", app)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/fees/{id}", UUID.randomUUID()).with(user("900101300123", "OFFICER")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/fees/not-a-uuid").with(user("900101300123", "OFFICER")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("applicationId"));
  }

  @Test
  void quoteUsesTheMciOfTheDatesYear() throws Exception {
    mvc.perform(
            get("/api/v1/fees/quote")
                .param("date", "2025-12-31")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amount").value(7864.00))
        .andExpect(jsonPath("$.mciYear").value(2025))
        .andExpect(jsonPath("$.mciValue").value(3932.00));
    mvc.perform(
            get("/api/v1/fees/quote")
                .param("date", "2026-01-02")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.amount").value(8650.00))
        .andExpect(jsonPath("$.mciValue").value(4325.00))
        .andExpect(jsonPath("$.currency").value("KZT"));
  }

  @Test
  void quoteProblems() throws Exception {
    mvc.perform(
            get("/api/v1/fees/quote")
                .param("date", "2027-03-01")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/mci-not-set"))
        .andExpect(jsonPath("$.year").value(2027));
    mvc.perform(
            get("/api/v1/fees/quote")
                .param("date", "2026-13-01")
                .with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.field").value("date"))
        .andExpect(jsonPath("$.errors[0].field").value("date"));
    mvc.perform(get("/api/v1/fees/quote").with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("date"));
  }

  @Test
  void aYearWithoutMciKeepsTheAssessmentPendingUntilTheMciIsAdded() throws Exception {
    UUID app = UUID.randomUUID();
    ApplicationSubmitted submitted = submitted(app, APPLICANT, LocalDate.of(2030, 2, 1));
    record(submitted);
    awaitProcessed(submitted.eventId());

    assertThat(outboxTypes(app)).isEmpty();
    mvc.perform(get("/api/v1/fees/{id}", app).with(user(APPLICANT, "APPLICANT")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PENDING_TARIFF"))
        .andExpect(jsonPath("$.amount").isEmpty());

    jdbc.sql("insert into mci (year, value, source) values (2030, 5000.00, 'test budget law')")
        .update();
    assertThat(pendingAssessments.retry()).isGreaterThanOrEqualTo(1);

    awaitFeeEvents(app, "FeeAssessed");
    assertThat(event(app, "FeeAssessed").get("amount").decimalValue())
        .isEqualTo(new BigDecimal("10000.00"));
  }

  // --- inputs

  private void record(CitesEvent event) {
    new TransactionTemplate(txManager).executeWithoutResult(s -> outbox.record(event));
  }

  /** Publishes an already published outbox row again: the exact same Kafka record, a redelivery. */
  private void redeliver(UUID eventId) {
    jdbc.sql("update outbox_event set published_at = null where id = :id")
        .param("id", eventId)
        .update();
    assertThat(relay.publish(eventId)).isTrue();
  }

  private static ApplicationSubmitted submitted(UUID app, String iin, LocalDate registrationDate) {
    var applicant =
        new Applicant(
            ApplicantType.INDIVIDUAL,
            iin,
            null,
            "Aidar Nurlanov",
            "Astana",
            "+77011234567",
            "a@example.kz");
    var snapshot =
        new ApplicationSnapshot(PermitType.EXPORT, applicant, "Z", null, List.of(), null, true);
    Instant submittedAt =
        registrationDate
            .atStartOfDay()
            .toInstant(java.time.ZoneOffset.ofHours(5))
            .plusSeconds(36000);
    return new ApplicationSubmitted(
        UUID.randomUUID(),
        Instant.now(),
        app,
        "CITES-" + app.toString().substring(0, 8),
        submittedAt,
        registrationDate,
        submittedAt.plus(Duration.ofDays(5)),
        snapshot);
  }

  private static VerificationCompleted verified(UUID app, PaymentReceipt... receipts) {
    var identity =
        new CheckResult(
            CheckResult.Check.IDENTITY,
            CheckResult.Outcome.PASSED,
            null,
            "found",
            "m-1",
            Instant.now(),
            List.of());
    var duty =
        new CheckResult(
            CheckResult.Check.DUTY_PAYMENT,
            receipts.length > 0 ? CheckResult.Outcome.PASSED : CheckResult.Outcome.FAILED,
            null,
            receipts.length + " receipt(s) found",
            "m-2",
            Instant.now(),
            Arrays.asList(receipts));
    return new VerificationCompleted(
        UUID.randomUUID(), Instant.now(), app, List.of(identity, duty));
  }

  private static PaymentReceipt receipt(String number, String payer, String amount, UUID app) {
    // numbers are unique per test run so that reruns against a kept database do not clash
    return new PaymentReceipt(
        number + "-" + app.toString().substring(0, 8),
        payer,
        new BigDecimal(amount),
        Instant.now(),
        app.toString());
  }

  private static JwtRequestPostProcessor user(String iin, String role) {
    return jwt()
        .jwt(j -> j.subject(iin).claim("iin", iin).claim("roles", List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }

  // --- outputs

  record FeeEvent(String type, JsonNode payload) {}

  private String bootstrapServers() {
    return InfrastructureMode.current() == InfrastructureMode.EMBEDDED
        ? EmbeddedInfrastructure.kafkaBootstrapServers()
        : configuredBootstrapServers;
  }

  private List<FeeEvent> feeEvents(UUID app) {
    return TopicRecords.readAll(bootstrapServers(), Topics.FEE).stream()
        .filter(r -> app.toString().equals(r.key()))
        .sorted(java.util.Comparator.comparingLong(ConsumerRecord::offset))
        .map(r -> new FeeEvent(simpleType(r), exactJson().readTree(r.value())))
        .toList();
  }

  /** Reads numbers as BigDecimal so that the scale on the wire (8650.00) is what is asserted. */
  private JsonMapper exactJson() {
    return json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  }

  private static String simpleType(ConsumerRecord<String, String> record) {
    String type =
        new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private JsonNode event(UUID app, String type) {
    return feeEvents(app).stream()
        .filter(e -> e.type().equals(type))
        .findFirst()
        .orElseThrow()
        .payload();
  }

  private void awaitFeeEvents(UUID app, String... types) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        // exactly once each, and in the order recorded (the relay keeps one application's order)
        .untilAsserted(
            () -> assertThat(feeEvents(app)).extracting(FeeEvent::type).containsExactly(types));
  }

  private void awaitProcessed(UUID eventId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from inbox_event where consumer = 'fee-service' and event_id = :id")
                        .param("id", eventId)
                        .query(Long.class)
                        .single()
                    == 1);
  }

  private List<String> outboxTypes(UUID app) {
    return jdbc
        .sql("select event_type from outbox_event where message_key = :key and topic = :topic")
        .param("key", app.toString())
        .param("topic", Topics.FEE)
        .query(String.class)
        .list()
        .stream()
        .map(t -> t.substring(t.lastIndexOf('.') + 1))
        .toList();
  }
}

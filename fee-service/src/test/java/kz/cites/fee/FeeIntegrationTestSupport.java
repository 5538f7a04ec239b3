package kz.cites.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

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
 * What the fee-service integration tests share: one Spring context on real PostgreSQL and Kafka
 * (inputs go through the outbox relay onto the topics with their CloudEvents headers, outputs are
 * read back from {@code cites.fee.events}) and a clock the tests move instead of waiting.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestInfrastructure.class, MutableClock.Configuration.class})
abstract class FeeIntegrationTestSupport {

  static final String APPLICANT = "811201401188";
  static final String OTHER_APPLICANT = "061211600012";
  static final LocalDate IN_2026 = LocalDate.of(2026, 3, 26);

  @Autowired MockMvc mvc;
  @Autowired Outbox outbox;
  @Autowired OutboxRelay relay;
  @Autowired PlatformTransactionManager txManager;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired PendingAssessments pendingAssessments;

  @Value("${spring.kafka.bootstrap-servers:}")
  String configuredBootstrapServers;

  @Autowired MutableClock clock;
  @Autowired kz.cites.fee.assessment.GracePeriodExpiry graceExpiry;

  static final String NOTIFICATIONS = "/api/v1/fees/payment-notifications";
  static final kz.cites.fee.payment.domain.NotificationSignature GATEWAY =
      new kz.cites.fee.payment.domain.NotificationSignature(
          "test-notification-secret", Duration.ofMinutes(5));

  @org.junit.jupiter.api.AfterEach
  void resetClock() {
    clock.reset();
  }

  // --- inputs

  void record(CitesEvent event) {
    new TransactionTemplate(txManager).executeWithoutResult(s -> outbox.record(event));
  }

  /**
   * Records the event and waits until fee-service has consumed it, so that an event of another
   * topic recorded next cannot overtake it (the topics are consumed independently).
   */
  void recordProcessed(CitesEvent event) {
    record(event);
    awaitProcessed(event.eventId());
  }

  /** Publishes an already published outbox row again: the exact same Kafka record, a redelivery. */
  void redeliver(UUID eventId) {
    jdbc.sql("update outbox_event set published_at = null where id = :id")
        .param("id", eventId)
        .update();
    relay.publish(eventId); // or the relay's own poll gets there first: either way, once more
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("select published_at is not null from outbox_event where id = :id")
                    .param("id", eventId)
                    .query(Boolean.class)
                    .single());
  }

  static ApplicationSubmitted submitted(UUID app, String iin, LocalDate registrationDate) {
    Instant submittedAt =
        registrationDate
            .atStartOfDay()
            .toInstant(java.time.ZoneOffset.ofHours(5))
            .plusSeconds(36000);
    return submitted(app, iin, "Aidar Nurlanov", registrationDate, submittedAt);
  }

  /** A submission at {@code submittedAt}, registered on {@code registrationDate}. */
  static ApplicationSubmitted submitted(
      UUID app, String iin, String name, LocalDate registrationDate, Instant submittedAt) {
    var applicant =
        new Applicant(
            ApplicantType.INDIVIDUAL, iin, null, name, "Astana", "+77011234567", "a@example.kz");
    var snapshot =
        new ApplicationSnapshot(PermitType.EXPORT, applicant, "Z", null, List.of(), null, true);
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

  static VerificationCompleted verified(UUID app, PaymentReceipt... receipts) {
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

  /** 10:00 Almaty on the registration day {@link #IN_2026}. */
  static final Instant PAID_IN_2026 = Instant.parse("2026-03-26T05:00:00Z");

  static PaymentReceipt receipt(String number, String payer, String amount, UUID app) {
    return receipt(number, payer, amount, app, PAID_IN_2026);
  }

  /**
   * A receipt paid at {@code paidAt}: the duty it owes is that of its Almaty date (never the real
   * today, whose year the tariff may not have).
   */
  static PaymentReceipt receipt(
      String number, String payer, String amount, UUID app, Instant paidAt) {
    // numbers are unique per test run so that reruns against a kept database do not clash
    return new PaymentReceipt(
        number + "-" + app.toString().substring(0, 8),
        payer,
        new BigDecimal(amount),
        paidAt,
        app.toString());
  }

  /** An IIN of its own for a test: payments without reference are matched on the payer. */
  static String freshPayer() {
    return String.format(
        "%012d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
  }

  static JwtRequestPostProcessor user(String iin, String role) {
    return jwt()
        .jwt(j -> j.subject(iin).claim("iin", iin).claim("roles", List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }

  /**
   * Once {@code evidence} is processed, moves the clock a month on and runs the grace job: a
   * shortfall is rejected only at the end of the grace period.
   */
  void closeGraceAfter(VerificationCompleted evidence) {
    awaitProcessed(evidence.eventId());
    // the submission travels on another topic and may be processed after the evidence: the grace
    // job must see the assessment, or it has nothing to close
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> outboxTypes(evidence.applicationId()).contains("FeeAssessed"));
    clock.set(clock.instant().plus(Duration.ofDays(30)));
    graceExpiry.closeExpired();
  }

  /** A notification body as the gateway sends it. */
  static String notificationBody(
      String number, String payer, String amount, Instant paidAt, String reference) {
    return """
        {"receiptNumber": "%s", "payerId": "%s", "amount": %s, "paidAt": "%s", "reference": "%s"}
        """
        .formatted(number, payer, amount, paidAt, reference);
  }

  /** A notification body without reference: a payment in cash or by bank transfer. */
  static String notificationWithoutReference(
      String number, String payer, String amount, Instant paidAt) {
    return """
        {"receiptNumber": "%s", "payerId": "%s", "amount": %s, "paidAt": "%s"}
        """
        .formatted(number, payer, amount, paidAt);
  }

  /** Posts {@code body} signed by the gateway now (by the test clock). */
  org.springframework.test.web.servlet.ResultActions notifyPayment(String body) throws Exception {
    long timestamp = clock.instant().getEpochSecond();
    return notifyPayment(body, timestamp, GATEWAY.sign(timestamp, bytes(body)));
  }

  org.springframework.test.web.servlet.ResultActions notifyPayment(
      String body, long timestamp, String signature) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(NOTIFICATIONS)
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .header("X-Timestamp", Long.toString(timestamp))
            .header("X-Signature", signature)
            .content(body));
  }

  static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  // --- outputs

  record FeeEvent(String type, JsonNode payload) {}

  String bootstrapServers() {
    return InfrastructureMode.current() == InfrastructureMode.EMBEDDED
        ? EmbeddedInfrastructure.kafkaBootstrapServers()
        : configuredBootstrapServers;
  }

  List<FeeEvent> feeEvents(UUID app) {
    return TopicRecords.readAll(bootstrapServers(), Topics.FEE).stream()
        .filter(r -> app.toString().equals(r.key()))
        .sorted(java.util.Comparator.comparingLong(ConsumerRecord::offset))
        .map(r -> new FeeEvent(simpleType(r), exactJson().readTree(r.value())))
        .toList();
  }

  /** Reads numbers as BigDecimal so that the scale on the wire (8650.00) is what is asserted. */
  JsonMapper exactJson() {
    return json.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  }

  static String simpleType(ConsumerRecord<String, String> record) {
    String type =
        new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    return type.substring(type.lastIndexOf('.') + 1);
  }

  JsonNode event(UUID app, String type) {
    return feeEvents(app).stream()
        .filter(e -> e.type().equals(type))
        .findFirst()
        .orElseThrow()
        .payload();
  }

  void awaitFeeEvents(UUID app, String... types) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        // exactly once each, and in the order recorded (the relay keeps one application's order)
        .untilAsserted(
            () -> assertThat(feeEvents(app)).extracting(FeeEvent::type).containsExactly(types));
  }

  void awaitProcessed(UUID eventId) {
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

  List<String> outboxTypes(UUID app) {
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

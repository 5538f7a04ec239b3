package kz.cites.permit.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSnapshot.ApplicantType;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.CheckResult;
import kz.cites.events.CitesEvent;
import kz.cites.events.EventType;
import kz.cites.events.FeeConfirmed;
import kz.cites.events.Topics;
import kz.cites.events.VerificationCompleted;
import kz.cites.messaging.EventJson;
import kz.cites.messaging.Outbox;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.permits.PermitIssuer;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitForm;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.review.domain.CaseStatus;
import kz.cites.permit.review.domain.ReviewCase;
import kz.cites.permit.review.domain.ReviewCaseRepository;
import kz.cites.testsupport.EmbeddedInfrastructure;
import kz.cites.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReviewFlowTest extends IntegrationTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired KafkaTemplate<String, String> kafka;
  @Autowired EventJson eventJson;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired PermitRepository permits;
  @Autowired ReviewCaseRepository cases;
  @Autowired PermitIssuer issuer;
  @Autowired MockMvc mvc;

  /** S = ApplicationSubmitted, V = VerificationCompleted, F = FeeConfirmed. */
  @ParameterizedTest
  @ValueSource(strings = {"SVF", "FVS", "VFS"})
  void inAnyOrderTheCaseIsOpenedAndThePermitIssuedOnce(String order) {
    UUID applicationId = UUID.randomUUID();
    ApplicationSubmitted submitted =
        Fixtures.submitted(applicationId, Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true));
    VerificationCompleted verified = Fixtures.allChecksPassed(applicationId);
    FeeConfirmed fee = Fixtures.feeConfirmed(applicationId);
    List<CitesEvent> inputs = new ArrayList<>();
    for (char input : order.toCharArray()) {
      inputs.add(
          switch (input) {
            case 'S' -> submitted;
            case 'V' -> verified;
            default -> fee;
          });
    }

    inputs.forEach(this::feed);

    await()
        .atMost(PATIENCE)
        .until(() -> typesPublishedFor(applicationId).contains("kz.cites.PermitIssued"));
    Permit permit = permits.findByApplicationId(applicationId).orElseThrow();
    assertThat(permit.number()).matches("26KZ\\d{6}");
    assertThat(permit.validUntil()).hasToString("2027-02-28");

    // Redeliveries of the same events, then the same inputs again under new ids: after the
    // decision neither may change anything.
    inputs.forEach(this::redeliver);
    List<UUID> repeats =
        List.of(
            redeliver(Fixtures.submitted(applicationId, submitted.application())),
            redeliver(Fixtures.allChecksPassed(applicationId)),
            redeliver(Fixtures.feeConfirmed(applicationId)));
    await().atMost(PATIENCE).until(() -> processed(repeats) == repeats.size());

    assertThat(typesPublishedFor(applicationId))
        .containsExactlyInAnyOrder("kz.cites.ReviewCaseOpened", "kz.cites.PermitIssued");
    JsonNode opened = payloadOf(applicationId, "kz.cites.ReviewCaseOpened");
    assertThat(opened.get("dueAt").asString()).isEqualTo("2026-09-03T12:30:00Z");
    assertThat(permits.findByApplicationId(applicationId).orElseThrow().number())
        .isEqualTo(permit.number());
    assertThat(cases.findById(applicationId).orElseThrow().status()).isEqualTo(CaseStatus.APPROVED);
    // The audit trail has each step once, whatever the order and the repeats.
    assertThat(auditActions(applicationId))
        .containsExactlyInAnyOrder(
            "REQUESTED", "CHECKED", "FEE_CONFIRMED", "OPENED_FOR_REVIEW", "APPROVED", "ISSUED");
    assertThat(
            jdbc.sql(
                    "select actor from audit_entry where application_id = :id"
                        + " and action = 'REQUESTED'")
                .param("id", applicationId)
                .query(String.class)
                .single())
        .isEqualTo(Fixtures.HOLDER_IIN);
  }

  private List<String> auditActions(UUID applicationId) {
    return jdbc.sql("select action from audit_entry where application_id = :id")
        .param("id", applicationId)
        .query(String.class)
        .list();
  }

  @Test
  void aDutyRejectedAtTheEndOfItsGraceMakesTheApplicationNotAcceptedWithoutARefusal() {
    UUID applicationId = UUID.randomUUID();

    // the checks are still running (a registry is slow): the incomplete package need not wait
    feed(Fixtures.feeRejected(applicationId));
    feed(
        Fixtures.submitted(applicationId, Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true)));

    await()
        .atMost(PATIENCE)
        .until(() -> typesPublishedFor(applicationId).contains("kz.cites.ApplicationNotAccepted"));
    JsonNode notAccepted = payloadOf(applicationId, "kz.cites.ApplicationNotAccepted");
    assertThat(notAccepted.get("duty").asString()).isEqualTo("UNPAID");
    assertThat(notAccepted.get("reason").asString())
        .startsWith("The application is not accepted")
        .contains("8650 tenge");
    ReviewCase reviewCase = cases.findById(applicationId).orElseThrow();
    assertThat(reviewCase.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
    assertThat(reviewCase.refusalGrounds()).isEmpty();
    assertThat(reviewCase.refusalDocument()).isNull();
    assertThat(reviewCase.notAcceptedReason()).isEqualTo(notAccepted.get("reason").asString());

    // the checks that come later, and a redelivery, change nothing: nothing is issued or refused
    UUID late = redeliver(Fixtures.allChecksPassed(applicationId));
    await().atMost(PATIENCE).until(() -> processed(List.of(late)) == 1);
    assertThat(typesPublishedFor(applicationId)).containsExactly("kz.cites.ApplicationNotAccepted");
    assertThat(permits.findByApplicationId(applicationId)).isEmpty();
    assertThat(auditActions(applicationId))
        .containsExactlyInAnyOrder("FEE_REJECTED", "REQUESTED", "NOT_ACCEPTED");
  }

  @Test
  void aPaymentConfirmedWithinGraceIsIssuedThoughTheLookUpFoundNoReceipt() {
    UUID applicationId = UUID.randomUUID();

    feed(
        Fixtures.submitted(applicationId, Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true)));
    feed(Fixtures.checksWithoutReceiptYet(applicationId));
    feed(Fixtures.feeConfirmed(applicationId));

    await()
        .atMost(PATIENCE)
        .until(() -> typesPublishedFor(applicationId).contains("kz.cites.PermitIssued"));
    assertThat(typesPublishedFor(applicationId)).doesNotContain("kz.cites.ApplicationRefused");
    assertThat(cases.findById(applicationId).orElseThrow().status()).isEqualTo(CaseStatus.APPROVED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "INDIVIDUAL, IDENTITY, Әбенова Айгерім Серікқызы, Abenova Aigerim Serikqyzy",
    "LEGAL_ENTITY, LEGAL_ENTITY, ТОО «Дала Фауна Трейд», Dala Fauna Trade LLP",
    "ENTREPRENEUR, ENTREPRENEUR, ИП «Серікбаев Экзотик Петс», IE Serikbayev Exotic Pets",
  })
  void thePermitNamesTheApplicantAsTheRegistryHoldsThem(
      ApplicantType type, CheckResult.Check source, String name, String latin) {
    UUID applicationId = UUID.randomUUID();
    ApplicationSnapshot typedInLatin =
        Fixtures.as(type, Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true));

    feed(Fixtures.submitted(applicationId, typedInLatin));
    feed(
        new VerificationCompleted(
            UUID.randomUUID(),
            IntegrationTest.NOW,
            applicationId,
            List.of(
                named(
                    CheckResult.Check.IDENTITY,
                    "Әбенова Айгерім Серікқызы",
                    "Abenova Aigerim Serikqyzy"),
                named(source, name, latin))));
    feed(Fixtures.feeConfirmed(applicationId));

    await()
        .atMost(PATIENCE)
        .until(() -> typesPublishedFor(applicationId).contains("kz.cites.PermitIssued"));
    PermitForm.Party exporter =
        permits.findByApplicationId(applicationId).orElseThrow().form().exporter();
    assertThat(exporter.name()).isEqualTo(name);
    assertThat(exporter.nameLatin()).isEqualTo(latin);
  }

  private static CheckResult named(CheckResult.Check check, String name, String latin) {
    return new CheckResult(
        check,
        CheckResult.Outcome.PASSED,
        null,
        "found",
        "msg-" + check,
        IntegrationTest.NOW,
        List.of(),
        name,
        latin);
  }

  @Test
  void thePermitIsShownToItsHolderAndStaffOnly() throws Exception {
    UUID applicationId = UUID.randomUUID();
    Permit permit =
        issuer.issue(
            applicationId,
            "KZ-2026-77",
            Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
            null); // a case without a registry name keeps the draft's
    String path = "/api/v1/permits/" + permit.number();

    mvc.perform(get(path).with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.number").value(permit.number()))
        .andExpect(jsonPath("$.type").value("EXPORT"))
        .andExpect(jsonPath("$.status").value("VALID"))
        .andExpect(jsonPath("$.validUntil").value("2027-02-28"))
        .andExpect(jsonPath("$.exporter.name").value("Aidos Serikbayev"))
        .andExpect(jsonPath("$.exporter.countryCode").value("KZ"))
        .andExpect(jsonPath("$.importer.name").value("Falcon Club Dubai"))
        .andExpect(jsonPath("$.purposeCode").value("P"))
        .andExpect(jsonPath("$.specimens[0].scientificName").value("Falco cherrug"))
        .andExpect(jsonPath("$.applicationId").value(applicationId.toString()))
        .andExpect(jsonPath("$.registrationNumber").value("KZ-2026-77"))
        .andExpect(jsonPath("$.securityCode").value(permit.securityCode()));

    mvc.perform(get(path).with(applicant(Fixtures.OTHER_IIN)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"));

    mvc.perform(get(path).with(staff("OFFICER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.securityCode").value(permit.securityCode()));
    mvc.perform(get(path).with(staff("OPERATOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.securityCode").doesNotExist());

    mvc.perform(
            get("/api/v1/permits")
                .param("applicationId", applicationId.toString())
                .with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].number").value(permit.number()));
    mvc.perform(
            get("/api/v1/permits")
                .param("applicationId", applicationId.toString())
                .with(applicant(Fixtures.OTHER_IIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(0));
    mvc.perform(
            get("/api/v1/permits")
                .param("applicationId", "not-an-id")
                .with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("applicationId"));
    mvc.perform(get(path)).andExpect(status().isUnauthorized());
  }

  private void feed(CitesEvent event) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> outbox.record(event));
  }

  /** Sends {@code event} straight to its topic, as a broker redelivery would. */
  private UUID redeliver(CitesEvent event) {
    EventType type = EventType.of(event);
    var record =
        new ProducerRecord<String, String>(type.topic(), event.key(), eventJson.write(event));
    record
        .headers()
        .add("ce_type", type.cloudEventType().getBytes(StandardCharsets.UTF_8))
        .add("ce_id", event.eventId().toString().getBytes(StandardCharsets.UTF_8));
    kafka.send(record).join();
    return event.eventId();
  }

  private int processed(List<UUID> eventIds) {
    return jdbc.sql(
            "select count(*) from inbox_event where consumer = 'permit-service' and event_id in (:ids)")
        .param("ids", eventIds)
        .query(Integer.class)
        .single();
  }

  private List<ConsumerRecord<String, String>> publishedFor(UUID applicationId) {
    return TopicRecords.readAll(EmbeddedInfrastructure.kafkaBootstrapServers(), Topics.PERMIT)
        .stream()
        .filter(r -> applicationId.toString().equals(r.key()))
        .toList();
  }

  private List<String> typesPublishedFor(UUID applicationId) {
    return publishedFor(applicationId).stream().map(ReviewFlowTest::type).toList();
  }

  private JsonNode payloadOf(UUID applicationId, String type) {
    return publishedFor(applicationId).stream()
        .filter(r -> type.equals(type(r)))
        .map(r -> json.readTree(r.value()))
        .findFirst()
        .orElseThrow();
  }

  private static String type(ConsumerRecord<String, String> record) {
    return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
  }

  private static RequestPostProcessor applicant(String iin) {
    return jwt()
        .jwt(j -> j.subject(iin).claim("iin", iin).claim("roles", List.of("APPLICANT")))
        .authorities(new SimpleGrantedAuthority("ROLE_APPLICANT"));
  }

  private static RequestPostProcessor staff(String role) {
    return jwt()
        .jwt(j -> j.subject("staff-" + role).claim("roles", List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }
}

package kz.cites.application.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import kz.cites.application.signature.TestNca;
import kz.cites.events.CitesEvent;
import kz.cites.events.FeeAssessed;
import kz.cites.events.PermitIssued;
import kz.cites.events.PermitType;
import kz.cites.events.Topics;
import kz.cites.messaging.Outbox;
import kz.cites.testsupport.EmbeddedInfrastructure;
import kz.cites.testsupport.TestInfrastructure;
import kz.cites.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The applications API on a real PostgreSQL and a real Kafka broker. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestInfrastructure.class, ApplicationApiTest.FixedClock.class})
class ApplicationApiTest {

  /** Friday 20 March 2026, 19:00 in Almaty: after hours before the Nauryz days off. */
  static final Instant NOW = Instant.parse("2026-03-20T14:00:00Z");

  static final String OWNER = "811201401188";
  static final String OTHER = "061211600012";

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void draftIsSubmittedOnceAndFollowsTheEventsForwardOnly() throws Exception {
    String location =
        mvc.perform(
                post("/api/v1/applications")
                    .with(applicant(OWNER))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(draft(OWNER, "P")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("DRAFT"))
            .andExpect(jsonPath("$.content.specimens[0].termCode").value("LIV"))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    assertThat(location).endsWith("/api/v1/applications/" + id);

    mvc.perform(get(location).with(applicant(OTHER)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"));
    mvc.perform(
            put(location)
                .with(applicant(OWNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(draft(OWNER, "S")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content.purposeCode").value("S"));

    mvc.perform(
            post(location + "/submission")
                .with(applicant(OWNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"signature\": \"TUlJQ2lnWUpLb1pJaHZjTg==\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/incomplete-application"));
    upload(mvc, location, "CONTRACT");
    upload(mvc, location, "SCIENTIFIC_OPINION");

    mvc.perform(
            post(location + "/submission")
                .with(applicant(OWNER))
                .header("Idempotency-Key", "submit-" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(signed(mvc, json, location, OWNER)))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.id").value(id.toString()))
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(
            jsonPath("$.registrationNumber")
                .value(org.hamcrest.Matchers.matchesPattern("CITES-2026-\\d{6}")))
        .andExpect(jsonPath("$.registeredAt").value("2026-03-20T14:00:00Z"))
        // after 18:00 on Friday; 21-22 weekend, 23-25 Nauryz: registered Thu 26, due Tue 31 March
        .andExpect(jsonPath("$.registrationDate").value("2026-03-26"))
        .andExpect(jsonPath("$.dueDate").value("2026-03-31"));
    String number =
        read(get(location).with(applicant(OWNER))).path("registrationNumber").asString();

    mvc.perform(
            post(location + "/submission")
                .with(applicant(OWNER))
                .header("Idempotency-Key", "submit-" + id))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.registrationNumber").value(number));
    mvc.perform(post(location + "/submission").with(applicant(OWNER)))
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.type").value("https://cites.kz/problems/application-already-submitted"));
    mvc.perform(
            put(location)
                .with(applicant(OWNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(draft(OWNER, "P")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/application-not-draft"));

    await().atMost(Duration.ofSeconds(30)).until(() -> !submittedEventsOf(id).isEmpty());
    List<ConsumerRecord<String, String>> submitted = submittedEventsOf(id);
    assertThat(submitted).hasSize(1);
    JsonNode event = json.readTree(submitted.getFirst().value());
    assertThat(event.path("registrationNumber").asString()).isEqualTo(number);
    assertThat(event.path("registrationDate").asString()).isEqualTo("2026-03-26");
    assertThat(event.path("dueAt").asString()).isEqualTo("2026-03-31T12:30:00Z");
    assertThat(event.path("application").path("purposeCode").asString()).isEqualTo("S");
    assertThat(event.path("application").path("applicant").path("iin").asString()).isEqualTo(OWNER);
    assertThat(event.path("application").path("specimens").get(0).path("scientificName").asString())
        .isEqualTo("Falco cherrug");

    feed(feeAssessed(id));
    awaitStatus(id, "IN_VERIFICATION");
    feed(
        new PermitIssued(
            UUID.randomUUID(),
            NOW,
            id,
            "26KZ000042",
            PermitType.EXPORT,
            NOW,
            LocalDate.of(2026, 9, 30)));
    JsonNode issued = awaitStatus(id, "ISSUED");
    assertThat(issued.path("permitNumber").asString()).isEqualTo("26KZ000042");
    assertThat(statuses(issued)).containsExactly("DRAFT", "SUBMITTED", "IN_VERIFICATION", "ISSUED");

    FeeAssessed repeated = feeAssessed(id);
    feed(repeated);
    await().atMost(Duration.ofSeconds(30)).until(() -> processed(repeated));
    JsonNode after = read(get(location).with(officer()));
    assertThat(after.path("status").asString()).isEqualTo("ISSUED");
    assertThat(statuses(after)).containsExactly("DRAFT", "SUBMITTED", "IN_VERIFICATION", "ISSUED");
  }

  @Test
  void anInvalidDraftIsAProblemNamingEachField() throws Exception {
    String body =
        """
        {"permitType": "SMUGGLE",
         "applicant": {"type": "LEGAL_ENTITY", "iin": "811201401187", "name": "Co", "address": "Astana"},
         "purposeCode": "X",
         "counterparty": {"name": "Buyer", "address": "Berlin", "countryCode": "XX"},
         "specimens": [{"scientificName": "Falco cherrug", "termCode": "ZZZ", "quantity": -1,
                        "unitCode": "BAG", "sourceCode": "A", "countryOfOrigin": "KZ"}],
         "personalDataConsent": true}
        """;

    mvc.perform(
            post("/api/v1/applications")
                .with(applicant(OWNER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.containsInAnyOrder(
                        "applicant.bin",
                        "applicant.iin",
                        "counterparty.countryCode",
                        "permitType",
                        "purposeCode",
                        "specimens[0].quantity",
                        "specimens[0].sourceCode",
                        "specimens[0].termCode",
                        "specimens[0].unitCode")));
  }

  @Test
  void oneAppliesOnlyForOneself() throws Exception {
    mvc.perform(
            post("/api/v1/applications")
                .with(applicant(OTHER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(draft(OWNER, "P")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/applicant-mismatch"))
        .andExpect(jsonPath("$.field").value("applicant.iin"));
    mvc.perform(
            post("/api/v1/applications")
                .with(officer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(draft(OWNER, "P")))
        .andExpect(status().isForbidden());
    String forCompany =
        draft(OWNER, "T")
            .replace(
                "\"type\": \"INDIVIDUAL\"",
                "\"type\": \"LEGAL_ENTITY\", \"bin\": \"940140000385\"");
    mvc.perform(
            post("/api/v1/applications")
                .with(applicant(OWNER)) // the token names no company
                .contentType(MediaType.APPLICATION_JSON)
                .content(forCompany))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.field").value("applicant.bin"));
    mvc.perform(get("/api/v1/applications/not-a-uuid").with(applicant(OWNER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("id"));
  }

  @Test
  void applicantsPageTheirOwnAndStaffFilterAll() throws Exception {
    String other = "900101300017";
    mvc.perform(
            post("/api/v1/applications")
                .with(applicant(other))
                .contentType(MediaType.APPLICATION_JSON)
                .content(draft(other, "Z")))
        .andExpect(status().isCreated());

    JsonNode own = read(get("/api/v1/applications?size=100").with(applicant(other)));
    assertThat(own.path("items").size()).isEqualTo(1);
    assertThat(own.path("items").get(0).path("status").asString()).isEqualTo("DRAFT");
    JsonNode drafts = read(get("/api/v1/applications?status=DRAFT&size=100").with(officer()));
    assertThat(drafts.path("totalElements").asLong()).isGreaterThanOrEqualTo(1);
    drafts
        .path("items")
        .forEach(item -> assertThat(item.path("status").asString()).isEqualTo("DRAFT"));
    mvc.perform(get("/api/v1/applications?status=LOST").with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("status"));
  }

  /** The submission body: the signing payload signed by {@code iin}'s test NCA certificate. */
  static String signed(MockMvc mvc, JsonMapper json, String location, String iin) throws Exception {
    JsonNode payload =
        json.readTree(
            mvc.perform(get(location + "/signing-payload").with(applicant(iin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    byte[] bytes = java.util.Base64.getDecoder().decode(payload.path("payload").asString());
    assertThat(payload.path("sha256").asString())
        .isEqualTo(
            java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
    return "{\"signature\": \"" + TestNca.sign(bytes, iin, null, NOW) + "\"}";
  }

  /** Attaches a minimal PDF of {@code type} to the draft at {@code location}. */
  static void upload(MockMvc mvc, String location, String type) throws Exception {
    mvc.perform(
            multipart(location + "/documents")
                .file(
                    new MockMultipartFile(
                        "file",
                        type.toLowerCase() + ".pdf",
                        "application/pdf",
                        "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))
                .param("type", type)
                .with(applicant(OWNER)))
        .andExpect(status().isCreated());
  }

  private static String draft(String iin, String purpose) {
    return """
        {"permitType": "EXPORT",
         "applicant": {"type": "INDIVIDUAL", "iin": "%s", "name": "Aidar Seitkali",
                       "address": "Almaty, Abai 10", "phone": "+7 701 000 00 00", "email": "aidar@example.kz"},
         "purposeCode": "%s",
         "counterparty": {"name": "Falknerei GmbH", "address": "Berlin", "countryCode": "DE"},
         "specimens": [{"scientificName": "Falco cherrug", "termCode": "LIV", "quantity": 2,
                        "sourceCode": "C", "countryOfOrigin": "KZ", "marks": "rings KZ-001, KZ-002"}],
         "transport": {"borderCrossing": "Almaty airport", "plannedDate": "2026-04-15"},
         "personalDataConsent": true}
        """
        .formatted(iin, purpose);
  }

  private static FeeAssessed feeAssessed(UUID id) {
    return new FeeAssessed(
        UUID.randomUUID(),
        NOW,
        id,
        new BigDecimal("8650"),
        "KZT",
        2026,
        new BigDecimal("4325"),
        2,
        "Tax Code");
  }

  private void feed(CitesEvent event) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> outbox.record(event));
  }

  private boolean processed(CitesEvent event) {
    return jdbc.sql(
                "select count(*) from inbox_event where consumer = 'application-service' and event_id = :id")
            .param("id", event.eventId())
            .query(Long.class)
            .single()
        == 1;
  }

  private JsonNode awaitStatus(UUID id, String expected) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> read(get("/api/v1/applications/" + id).with(applicant(OWNER))),
            node -> node.path("status").asString().equals(expected));
  }

  private static List<String> statuses(JsonNode application) {
    return java.util.stream.StreamSupport.stream(application.path("history").spliterator(), false)
        .map(h -> h.path("status").asString())
        .toList();
  }

  private List<ConsumerRecord<String, String>> submittedEventsOf(UUID id) {
    return TopicRecords.readAll(EmbeddedInfrastructure.kafkaBootstrapServers(), Topics.APPLICATION)
        .stream()
        .filter(r -> r.key().equals(id.toString()))
        .filter(r -> "kz.cites.ApplicationSubmitted".equals(ceType(r)))
        .toList();
  }

  private static String ceType(ConsumerRecord<String, String> record) {
    var header = record.headers().lastHeader("ce_type");
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private JsonNode read(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    String body =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return json.readTree(body);
  }

  static RequestPostProcessor applicant(String iin) {
    return jwt()
        .jwt(j -> j.subject(iin).claim("iin", iin).claim("roles", List.of("APPLICANT")))
        .authorities(new SimpleGrantedAuthority("ROLE_APPLICANT"));
  }

  static RequestPostProcessor officer() {
    return jwt()
        .jwt(
            j ->
                j.subject("700101300015")
                    .claim("iin", "700101300015")
                    .claim("roles", List.of("OFFICER")))
        .authorities(new SimpleGrantedAuthority("ROLE_OFFICER"));
  }
}

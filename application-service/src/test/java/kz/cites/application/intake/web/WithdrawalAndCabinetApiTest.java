package kz.cites.application.intake.web;

import static kz.cites.application.intake.web.ApplicationApiTest.NOW;
import static kz.cites.application.intake.web.ApplicationApiTest.applicant;
import static kz.cites.application.intake.web.ApplicationApiTest.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import kz.cites.application.signature.TestNca;
import kz.cites.events.ApplicationRefused;
import kz.cites.events.CitesEvent;
import kz.cites.events.FeeAssessed;
import kz.cites.events.PermitCancelled;
import kz.cites.events.PermitIssued;
import kz.cites.events.PermitType;
import kz.cites.events.RefusalGround;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.events.ReviewOverdue;
import kz.cites.events.Topics;
import kz.cites.messaging.Outbox;
import kz.cites.testsupport.EmbeddedInfrastructure;
import kz.cites.testsupport.TestInfrastructure;
import kz.cites.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Withdrawal, the permit events that follow a decision, history order and the personal cabinet, on
 * a real PostgreSQL and a real Kafka broker.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestInfrastructure.class, ApplicationApiTest.FixedClock.class})
class WithdrawalAndCabinetApiTest {

  static final String WITHDRAWER = "850315300019";
  static final String HOLDER = "920712400029";
  static final String STRANGER = "061211600012";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void aSubmittedApplicationIsWithdrawnOnceAndNoLaterEventMovesIt() throws Exception {
    UUID id = submitted(WITHDRAWER);
    String location = "/api/v1/applications/" + id;
    feed(feeAssessed(id, NOW)); // the withdrawal below happens at NOW too (fixed clock)
    awaitStatus(id, WITHDRAWER, "IN_VERIFICATION");

    String body = "{\"reason\": \"The buyer cancelled the contract\"}";
    mvc.perform(withdrawal(location, body).with(applicant(STRANGER)))
        .andExpect(status().isNotFound());
    mvc.perform(withdrawal(location, body).with(officer())).andExpect(status().isForbidden());
    mvc.perform(withdrawal(location, body).with(applicant(WITHDRAWER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WITHDRAWN"))
        .andExpect(jsonPath("$.withdrawal.reason").value("The buyer cancelled the contract"))
        .andExpect(jsonPath("$.history[-1].status").value("WITHDRAWN"));
    mvc.perform(withdrawal(location, body).with(applicant(WITHDRAWER)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/application-withdrawn"));

    List<ConsumerRecord<String, String>> announced =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> published(id, "kz.cites.ApplicationWithdrawn"), r -> !r.isEmpty());
    assertThat(announced).hasSize(1);
    assertThat(json.readTree(announced.getFirst().value()).path("reason").asString())
        .isEqualTo("The buyer cancelled the contract");

    // the permit-service decided before it saw the withdrawal: the application stays withdrawn
    PermitIssued late = permitIssued(id, NOW.plusSeconds(120));
    feed(late);
    await().atMost(Duration.ofSeconds(30)).until(() -> processed(late));
    JsonNode after = read(get(location).with(officer()));
    assertThat(after.path("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(after.path("permitNumber").isNull()).isTrue();
    assertThat(notes(after)).anyMatch(note -> note.startsWith("Permit 26KZ0"));

    JsonNode cabinet =
        read(get("/api/v1/cabinet/notifications?size=100").with(applicant(WITHDRAWER)));
    assertThat(kindsOf(cabinet, Set.of(id)))
        .containsExactly("WITHDRAWAL_CONFIRMED", "SUBMISSION_REGISTERED");
  }

  @Test
  void aDraftMayBeWithdrawnAndIsThenClosed() throws Exception {
    String location = draft(WITHDRAWER);
    mvc.perform(post(location + "/withdrawal").with(applicant(WITHDRAWER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WITHDRAWN"))
        .andExpect(jsonPath("$.withdrawal.reason").value(org.hamcrest.Matchers.nullValue()));
    mvc.perform(
            post(location + "/submission")
                .with(applicant(WITHDRAWER))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"signature\": \"TUlJQ2lnWUpLb1pJaHZjTg==\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/application-withdrawn"));
  }

  @Test
  void decisionsOverdueReviewsAndCancellationsReachTheViewAndTheCabinet() throws Exception {
    UUID refusedId = submitted(HOLDER);
    feed(
        new ApplicationRefused(
            UUID.randomUUID(),
            NOW.plusSeconds(60),
            refusedId,
            List.of(RefusalGround.UNRELIABLE_DATA),
            "The origin permit does not exist",
            false));
    awaitStatus(refusedId, HOLDER, "REFUSED");
    mvc.perform(withdrawal("/api/v1/applications/" + refusedId, "{}").with(applicant(HOLDER)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/application-decided"));

    UUID id = submitted(HOLDER);
    String location = "/api/v1/applications/" + id;
    // the review opened (2 h) arrives before the fee assessment (1 h) that happened earlier
    feed(new ReviewCaseOpened(UUID.randomUUID(), NOW.plusSeconds(7200), id, NOW.plusSeconds(9000)));
    awaitStatus(id, HOLDER, "IN_REVIEW");
    FeeAssessed fee = feeAssessed(id, NOW.plusSeconds(3600));
    feed(fee);
    await().atMost(Duration.ofSeconds(30)).until(() -> processed(fee));
    ReviewOverdue overdue =
        new ReviewOverdue(UUID.randomUUID(), NOW.plusSeconds(10_000), id, NOW.plusSeconds(9000));
    feed(overdue);
    await().atMost(Duration.ofSeconds(30)).until(() -> processed(overdue));

    JsonNode forOfficer = read(get(location).with(officer()));
    assertThat(forOfficer.path("status").asString()).isEqualTo("IN_REVIEW");
    assertThat(forOfficer.path("overdue").asBoolean()).isTrue();
    JsonNode forApplicant = read(get(location).with(applicant(HOLDER)));
    assertThat(forApplicant.path("overdue").isNull()).isTrue();
    List<Instant> times = times(forOfficer);
    assertThat(times).isSorted();
    assertThat(notes(forOfficer))
        .containsSubsequence(
            "State duty assessed: 8650 KZT",
            "Under review by the authority",
            "The review is overdue (it was due by " + NOW.plusSeconds(9000) + ")");

    feed(permitIssued(id, NOW.plusSeconds(20_000)));
    awaitStatus(id, HOLDER, "ISSUED");
    feed(
        new PermitCancelled(
            UUID.randomUUID(),
            NOW.plusSeconds(30_000),
            id,
            "26KZ000777",
            "The specimens died before export",
            "700101300015"));
    JsonNode cancelled =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> read(get(location).with(officer())),
                n -> n.path("permitStatus").asString().equals("CANCELLED"));
    assertThat(cancelled.path("status").asString()).isEqualTo("ISSUED");
    assertThat(cancelled.path("overdue").asBoolean()).isFalse();
    assertThat(cancelled.path("permitCancellation").path("reason").asString())
        .isEqualTo("The specimens died before export");
    assertThat(times(cancelled)).isSorted();

    // newest first; notifications of the same instant (fixed clock) in the order they were written
    String cabinet = "/api/v1/cabinet/notifications?size=100";
    JsonNode all = read(get(cabinet).with(applicant(HOLDER)));
    assertThat(kindsOf(all, Set.of(id, refusedId)))
        .containsExactly(
            "PERMIT_CANCELLED",
            "PERMIT_ISSUED",
            "SUBMISSION_REGISTERED",
            "APPLICATION_REFUSED",
            "SUBMISSION_REGISTERED");
    JsonNode refusal = itemsOf(all, Set.of(refusedId)).get(0);
    assertThat(refusal.path("refusalGrounds").get(0).asString()).isEqualTo("UNRELIABLE_DATA");
    assertThat(refusal.path("message").asString()).contains("The origin permit does not exist");
    JsonNode registered = itemsOf(all, Set.of(id)).get(2);
    assertThat(registered.path("dueDate").asString()).isEqualTo("2026-03-31");
    assertThat(registered.path("message").asString()).contains("2026-03-31");
    assertThat(itemsOf(all, Set.of(id)).get(1).path("permitNumber").asString())
        .isEqualTo("26KZ000777");

    String newest = itemsOf(all, Set.of(id)).get(0).path("id").asString();
    mvc.perform(post("/api/v1/cabinet/notifications/" + newest + "/read").with(applicant(STRANGER)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"));
    mvc.perform(post("/api/v1/cabinet/notifications/" + newest + "/read").with(applicant(HOLDER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.read").value(true));
    JsonNode unread = read(get(cabinet + "&unreadOnly=true").with(applicant(HOLDER)));
    assertThat(kindsOf(unread, Set.of(id)))
        .containsExactly("PERMIT_ISSUED", "SUBMISSION_REGISTERED");
    assertThat(kindsOf(read(get(cabinet).with(applicant(STRANGER))), Set.of(id, refusedId)))
        .isEmpty();
    mvc.perform(get(cabinet).with(officer())).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/cabinet/notifications?size=0").with(applicant(HOLDER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("size"));
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      withdrawal(String location, String body) {
    return post(location + "/withdrawal").contentType(MediaType.APPLICATION_JSON).content(body);
  }

  /** A registered application of {@code iin} (purpose P: only the scientific opinion needed). */
  private UUID submitted(String iin) throws Exception {
    String location = draft(iin);
    mvc.perform(
            multipart(location + "/documents")
                .file(
                    new MockMultipartFile(
                        "file",
                        "opinion.pdf",
                        "application/pdf",
                        "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))
                .param("type", "SCIENTIFIC_OPINION")
                .with(applicant(iin)))
        .andExpect(status().isCreated());
    JsonNode payload = read(get(location + "/signing-payload").with(applicant(iin)));
    byte[] bytes = java.util.Base64.getDecoder().decode(payload.path("payload").asString());
    mvc.perform(
            post(location + "/submission")
                .with(applicant(iin))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"signature\": \"" + TestNca.sign(bytes, iin, null, NOW) + "\"}"))
        .andExpect(status().isAccepted());
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  private String draft(String iin) throws Exception {
    String body =
        """
        {"permitType": "EXPORT",
         "applicant": {"type": "INDIVIDUAL", "iin": "%s", "name": "Dana Nurlanovna",
                       "address": "Astana, Kabanbay batyr 5"},
         "purposeCode": "P",
         "counterparty": {"name": "Falknerei GmbH", "address": "Berlin", "countryCode": "DE"},
         "specimens": [{"scientificName": "Falco cherrug", "termCode": "LIV", "quantity": 1,
                        "sourceCode": "C", "countryOfOrigin": "KZ"}],
         "transport": {"borderCrossing": "Almaty airport", "plannedDate": "2026-04-15"},
         "personalDataConsent": true}
        """
            .formatted(iin);
    return mvc.perform(
            post("/api/v1/applications")
                .with(applicant(iin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated())
        .andReturn()
        .getResponse()
        .getHeader("Location");
  }

  private static FeeAssessed feeAssessed(UUID id, Instant at) {
    return new FeeAssessed(
        UUID.randomUUID(),
        at,
        id,
        new java.math.BigDecimal("8650"),
        "KZT",
        2026,
        new java.math.BigDecimal("4325"),
        2,
        "Tax Code");
  }

  private static PermitIssued permitIssued(UUID id, Instant at) {
    return new PermitIssued(
        UUID.randomUUID(), at, id, "26KZ000777", PermitType.EXPORT, at, LocalDate.of(2026, 9, 30));
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

  private void awaitStatus(UUID id, String iin, String expected) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> read(get("/api/v1/applications/" + id).with(applicant(iin))),
            node -> node.path("status").asString().equals(expected));
  }

  private List<ConsumerRecord<String, String>> published(UUID id, String type) {
    return TopicRecords.readAll(EmbeddedInfrastructure.kafkaBootstrapServers(), Topics.APPLICATION)
        .stream()
        .filter(r -> r.key().equals(id.toString()))
        .filter(
            r -> {
              var header = r.headers().lastHeader("ce_type");
              return header != null
                  && type.equals(new String(header.value(), StandardCharsets.UTF_8));
            })
        .toList();
  }

  private static List<JsonNode> itemsOf(JsonNode page, Set<UUID> applications) {
    List<JsonNode> items = new ArrayList<>();
    page.path("items")
        .forEach(
            item -> {
              if (applications.contains(UUID.fromString(item.path("applicationId").asString()))) {
                items.add(item);
              }
            });
    return items;
  }

  private static List<String> kindsOf(JsonNode page, Set<UUID> applications) {
    return itemsOf(page, applications).stream().map(n -> n.path("kind").asString()).toList();
  }

  private static List<String> notes(JsonNode application) {
    return StreamSupport.stream(application.path("history").spliterator(), false)
        .map(h -> h.path("note").asString())
        .toList();
  }

  private static List<Instant> times(JsonNode application) {
    return StreamSupport.stream(application.path("history").spliterator(), false)
        .map(h -> Instant.parse(h.path("at").asString()))
        .toList();
  }

  private JsonNode read(RequestBuilder request) throws Exception {
    return json.readTree(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }
}

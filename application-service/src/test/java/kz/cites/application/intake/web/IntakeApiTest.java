package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import kz.cites.application.ApiTest;
import kz.cites.application.intake.web.Drafts.Draft;
import kz.cites.application.signature.TestNca;
import kz.cites.events.CitesEvent;
import kz.cites.events.FeeAssessed;
import kz.cites.events.PermitIssued;
import kz.cites.events.PermitType;
import kz.cites.events.Topics;
import kz.cites.messaging.Outbox;
import kz.cites.testsupport.EmbeddedInfrastructure;
import kz.cites.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The applications API as an applicant and the other services use it: drafts from {@link Drafts},
 * documents, the signed submission and the events that follow. The context is {@link ApiTest}'s.
 */
abstract class IntakeApiTest extends ApiTest {

  static final String PROBLEMS = "https://cites.kz/problems/";
  static final String APPLICATIONS = "/api/v1/applications";

  /** The owner of most drafts: {@link Drafts#ABENOVA}. */
  static final String OWNER = Drafts.ABENOVA.iin();

  /** Signs in, applies for nothing: another applicant's applications are not found for her. */
  static final String OTHER = "061211600012";

  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;

  // --- drafts ---

  /** Creates {@code draft} as the applicant it names. */
  ResultActions create(Draft draft) throws Exception {
    return createAs(applicant(draft.applicantIin()), draft);
  }

  /** Sends {@code draft} to be created by {@code caller}. */
  ResultActions createAs(RequestPostProcessor caller, Draft draft) throws Exception {
    return mvc.perform(
        post(APPLICATIONS)
            .with(caller)
            .contentType(MediaType.APPLICATION_JSON)
            .content(draft.json()));
  }

  /** Creates {@code draft} as the applicant it names; the new application's location. */
  String created(Draft draft) throws Exception {
    return create(draft)
        .andExpect(status().isCreated())
        .andReturn()
        .getResponse()
        .getHeader("Location");
  }

  /** Replaces the content of the draft at {@code location} by {@code draft}, as its applicant. */
  ResultActions replace(String location, Draft draft) throws Exception {
    return mvc.perform(
        put(location)
            .with(applicant(draft.applicantIin()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(draft.json()));
  }

  // --- documents ---

  /** Uploads {@code content} as a document of {@code type} to the owner's draft. */
  ResultActions upload(String location, String type, String fileName, byte[] content)
      throws Exception {
    return upload(location, OWNER, type, fileName, content);
  }

  /** Uploads {@code content} as a document of {@code type}, as {@code iin}. */
  ResultActions upload(String location, String iin, String type, String fileName, byte[] content)
      throws Exception {
    return mvc.perform(
        multipart(location + "/documents")
            .file(new MockMultipartFile("file", fileName, "application/pdf", content))
            .param("type", type)
            .with(applicant(iin)));
  }

  /** Attaches a minimal PDF of {@code type} to {@code iin}'s draft at {@code location}. */
  void attach(String location, String iin, String type) throws Exception {
    upload(
            location,
            iin,
            type,
            type.toLowerCase() + ".pdf",
            "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))
        .andExpect(status().isCreated());
  }

  /** A PDF (by its leading bytes) of {@code size} bytes. */
  static byte[] pdf(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) ' ');
    System.arraycopy(
        "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, Math.min(8, size));
    return bytes;
  }

  // --- submission ---

  /** The submission body: the signing payload signed by {@code iin}'s test NCA certificate. */
  String signed(String location, String iin) throws Exception {
    return signature(TestNca.sign(signingPayload(location, iin), iin, null, NOW));
  }

  /** The bytes to sign, checked against the digest the service gives with them. */
  byte[] signingPayload(String location, String iin) throws Exception {
    JsonNode payload = read(get(location + "/signing-payload").with(applicant(iin)));
    byte[] bytes = Base64.getDecoder().decode(payload.path("payload").asString());
    assertThat(payload.path("sha256").asString())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    return bytes;
  }

  /** The submission body carrying {@code signature} (base64 CMS). */
  static String signature(String signature) {
    return "{\"signature\": \"" + signature + "\"}";
  }

  /** Signs the owner's draft at {@code location} as it is now and submits it. */
  ResultActions submit(String location) throws Exception {
    return submitWith(location, signed(location, OWNER));
  }

  /** Submits the owner's draft at {@code location} with {@code body}. */
  ResultActions submitWith(String location, String body) throws Exception {
    return mvc.perform(
        post(location + "/submission")
            .with(applicant(OWNER))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  /**
   * A registered application: {@code draft} created, {@code documents} attached (minimal PDFs),
   * signed and submitted by its applicant.
   */
  UUID submitted(Draft draft, String... documents) throws Exception {
    String iin = draft.applicantIin();
    String location = created(draft);
    for (String type : documents) {
      attach(location, iin, type);
    }
    mvc.perform(
            post(location + "/submission")
                .with(applicant(iin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(signed(location, iin)))
        .andExpect(status().isAccepted());
    return idOf(location);
  }

  /** The id at the end of an application's location. */
  static UUID idOf(String location) {
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  // --- what follows: the other services' events ---

  /** Publishes {@code event} through the outbox, as another service would. */
  void feed(CitesEvent event) {
    new TransactionTemplate(transactions).executeWithoutResult(s -> outbox.record(event));
  }

  /** Waits until this service has consumed {@code event}. */
  void awaitProcessed(CitesEvent event) {
    await().atMost(Duration.ofSeconds(30)).until(() -> processed(event));
  }

  private boolean processed(CitesEvent event) {
    return jdbc.sql(
                "select count(*) from inbox_event where consumer = 'application-service' and event_id = :id")
            .param("id", event.eventId())
            .query(Long.class)
            .single()
        == 1;
  }

  /** Waits until {@code iin} sees application {@code id} in status {@code expected}. */
  JsonNode awaitStatus(UUID id, String iin, String expected) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> read(get(APPLICATIONS + "/" + id).with(applicant(iin))),
            node -> node.path("status").asString().equals(expected));
  }

  /** What this service announced about application {@code id} as CloudEvents type {@code type}. */
  List<ConsumerRecord<String, String>> published(UUID id, String type) {
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

  /** The fee-service assessed the state duty (8650 KZT) at {@code at}. */
  static FeeAssessed feeAssessed(UUID id, Instant at) {
    return new FeeAssessed(
        UUID.randomUUID(),
        at,
        id,
        new BigDecimal("8650"),
        "KZT",
        2026,
        new BigDecimal("4325"),
        2,
        "Tax Code");
  }

  /** The permit-service issued export permit {@code number} at {@code at}, valid to 30 Sep 2026. */
  static PermitIssued permitIssued(UUID id, Instant at, String number) {
    return new PermitIssued(
        UUID.randomUUID(), at, id, number, PermitType.EXPORT, at, LocalDate.of(2026, 9, 30));
  }

  // --- the history of an application view ---

  static List<String> statuses(JsonNode application) {
    return history(application, "status");
  }

  static List<String> notes(JsonNode application) {
    return history(application, "note");
  }

  static List<Instant> times(JsonNode application) {
    return history(application, "at").stream().map(Instant::parse).toList();
  }

  private static List<String> history(JsonNode application, String member) {
    return StreamSupport.stream(application.path("history").spliterator(), false)
        .map(h -> h.path(member).asString())
        .toList();
  }
}

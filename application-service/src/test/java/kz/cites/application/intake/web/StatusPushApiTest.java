package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.applicantFor;
import static kz.cites.application.intake.web.Drafts.DALA_FAUNA;
import static kz.cites.application.intake.web.Drafts.DALA_FAUNA_BIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.cites.application.signature.TestNca;
import kz.cites.events.CitesEvent;
import kz.cites.events.PermitCancelled;
import kz.cites.events.ReviewCaseOpened;
import kz.cites.events.ReviewOverdue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The status push through intake itself: every status change of an application, made by the
 * submission, the other services' events or the withdrawal, is queued for each webhook of whom the
 * application belongs to, in the transaction of the change and in order; a step that changes no
 * status queues nothing; a company's webhook hears of what its attorney files for it, a person's
 * own webhook does not.
 */
class StatusPushApiTest extends IntakeApiTest {

  static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";

  /** Follows her own applications with a webhook. */
  static final Drafts.Applicant SUBSCRIBER =
      new Drafts.Applicant(
          "930202400078", "Серікова Дана Асқарқызы", "Алматы, Сәтбаев 22", null, null);

  /** The head of Dala Fauna Trade LLP registers the company's webhook ... */
  static final String HEAD = "930202300081";

  /** ... and its attorney files for the company. */
  static final String ATTORNEY = OTHER;

  private final List<String> registered = new ArrayList<>();

  @AfterEach
  void removeWebhooks() throws Exception {
    for (String location : registered) {
      for (RequestPostProcessor owner :
          List.of(
              applicant(SUBSCRIBER.iin()),
              applicantFor(HEAD, DALA_FAUNA_BIN),
              applicant(ATTORNEY))) {
        mvc.perform(delete(location).with(owner));
      }
    }
  }

  @Test
  void everyStatusChangeOfAnApplicationIsQueuedInOrderAndNothingElse() throws Exception {
    subscribe(applicant(SUBSCRIBER.iin()), "/hooks/life");
    UUID id =
        submitted(
            Drafts.export().by(SUBSCRIBER).specimen(Drafts.saker().quantity(1)),
            "SCIENTIFIC_OPINION");

    feedAndAwait(feeAssessed(id, NOW.plusSeconds(60)));
    feedAndAwait(
        new ReviewCaseOpened(UUID.randomUUID(), NOW.plusSeconds(120), id, NOW.plusSeconds(9000)));
    // an overdue review is history only; a repeated decision changes nothing
    feedAndAwait(
        new ReviewOverdue(UUID.randomUUID(), NOW.plusSeconds(9001), id, NOW.plusSeconds(9000)));
    feedAndAwait(permitIssued(id, NOW.plusSeconds(9100), "26KZ000901"));
    feedAndAwait(permitIssued(id, NOW.plusSeconds(9200), "26KZ000901"));
    feedAndAwait(
        new PermitCancelled(
            UUID.randomUUID(),
            NOW.plusSeconds(9300),
            id,
            "26KZ000901",
            "The specimens died before the export",
            "860606407353"));

    List<JsonNode> queued = queued(applicant(SUBSCRIBER.iin()), id);
    assertThat(queued).extracting(d -> d.path("sequence").asInt()).containsExactly(1, 2, 3, 4, 5);
    assertThat(queued)
        .extracting(d -> d.at("/payload/data/status").asString())
        .containsExactly("SUBMITTED", "IN_VERIFICATION", "IN_REVIEW", "ISSUED", "ISSUED");
    assertThat(queued)
        .extracting(d -> d.at("/payload/data/previousStatus").asString())
        .containsExactly("DRAFT", "SUBMITTED", "IN_VERIFICATION", "IN_REVIEW", "ISSUED");
    assertThat(queued)
        .extracting(d -> d.path("type").asString())
        .containsExactly(
            "application.status-changed",
            "application.status-changed",
            "application.status-changed",
            "application.status-changed",
            "application.permit-cancelled");
    assertThat(queued)
        .extracting(d -> d.at("/payload/data/occurredAt").asString())
        .containsExactly(
            NOW.toString(),
            NOW.plusSeconds(60).toString(),
            NOW.plusSeconds(120).toString(),
            NOW.plusSeconds(9100).toString(),
            NOW.plusSeconds(9300).toString());
    assertThat(queued)
        .extracting(d -> d.at("/payload/data/permitStatus"))
        .extracting(node -> node.isNull() ? null : node.asString())
        .containsExactly(null, null, null, "ISSUED", "CANCELLED");
    JsonNode issued = queued.get(3).path("payload").path("data");
    assertThat(issued.path("permitNumber").asString()).isEqualTo("26KZ000901");
    assertThat(issued.path("registrationNumber").asString()).startsWith("CITES-2026-");
    assertThat(queued).allMatch(d -> d.path("status").asString().equals("PENDING"));
  }

  @Test
  void aCompanysWebhookHearsOfWhatItsAttorneyFilesAndAPersonsOwnDoesNot() throws Exception {
    subscribe(applicantFor(HEAD, DALA_FAUNA_BIN), "/hooks/company");
    subscribe(applicant(ATTORNEY), "/hooks/attorney-alone");
    subscribe(applicant(HEAD), "/hooks/head-alone");

    RequestPostProcessor attorney = applicantFor(ATTORNEY, DALA_FAUNA_BIN);
    String location =
        createAs(
                attorney,
                Drafts.export()
                    .with("applicant.iin", ATTORNEY)
                    .purpose("T")
                    .actingFor(DALA_FAUNA_BIN, DALA_FAUNA))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    UUID id = idOf(location);
    attachWhatIsMissing(location, attorney);
    byte[] payload =
        java.util.Base64.getDecoder()
            .decode(
                read(get(location + "/signing-payload").with(attorney)).path("payload").asString());
    mvc.perform(
            post(location + "/submission")
                .with(attorney)
                .contentType(MediaType.APPLICATION_JSON)
                .content(signature(TestNca.sign(payload, ATTORNEY, DALA_FAUNA_BIN, NOW))))
        .andExpect(status().isAccepted());
    mvc.perform(post(location + "/withdrawal").with(attorney)).andExpect(status().isOk());

    // the head, signed in for the company, sees the company's webhook's deliveries
    List<JsonNode> forTheCompany = queued(applicantFor(HEAD, DALA_FAUNA_BIN), id);
    assertThat(forTheCompany)
        .extracting(d -> d.at("/payload/data/status").asString())
        .containsExactly("SUBMITTED", "WITHDRAWN");
    assertThat(forTheCompany).extracting(d -> d.path("sequence").asInt()).containsExactly(1, 2);
    assertThat(queued(attorney, id)).hasSize(2);
    // what is filed for the company is no person's own
    assertThat(queued(applicant(ATTORNEY), id)).isEmpty();
    assertThat(queued(applicant(HEAD), id)).isEmpty();
  }

  @Test
  void aDraftWithdrawnIsAChangeTooAndHasNoRegistrationNumber() throws Exception {
    subscribe(applicant(SUBSCRIBER.iin()), "/hooks/draft");
    String location = created(Drafts.export().by(SUBSCRIBER));
    mvc.perform(post(location + "/withdrawal").with(applicant(SUBSCRIBER.iin())))
        .andExpect(status().isOk());

    List<JsonNode> queued = queued(applicant(SUBSCRIBER.iin()), idOf(location));
    assertThat(queued).hasSize(1);
    JsonNode data = queued.getFirst().path("payload").path("data");
    assertThat(data.path("previousStatus").asString()).isEqualTo("DRAFT");
    assertThat(data.path("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(data.path("registrationNumber").isNull()).isTrue();
  }

  // --- helpers ---

  private void subscribe(RequestPostProcessor owner, String path) throws Exception {
    String location =
        mvc.perform(
                post(SUBSCRIPTIONS)
                    .with(owner)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        json.writeValueAsString(Map.of("url", "https://portal.example.kz" + path))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    registered.add(location);
  }

  /** The deliveries about {@code application} the caller sees, oldest first. */
  private List<JsonNode> queued(RequestPostProcessor caller, UUID application) throws Exception {
    JsonNode page =
        read(get("/api/v1/webhooks/deliveries?size=100&applicationId=" + application).with(caller));
    List<JsonNode> items = new ArrayList<>();
    page.path("items").forEach(items::add);
    return items.reversed();
  }

  private void feedAndAwait(CitesEvent event) {
    feed(event);
    awaitProcessed(event);
  }

  /** Reads the draft's requirements and uploads a minimal PDF for each unmet document. */
  private void attachWhatIsMissing(String location, RequestPostProcessor caller) throws Exception {
    for (JsonNode requirement : read(get(location).with(caller)).path("requirements")) {
      if (!requirement.path("satisfied").asBoolean()
          && requirement.path("documentTypes").size() > 0) {
        String type = requirement.path("documentTypes").get(0).asString();
        mvc.perform(
                multipart(location + "/documents")
                    .file(
                        new MockMultipartFile(
                            "file",
                            type.toLowerCase() + ".pdf",
                            "application/pdf",
                            "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)))
                    .param("type", type)
                    .with(caller))
            .andExpect(status().isCreated());
      }
    }
  }
}

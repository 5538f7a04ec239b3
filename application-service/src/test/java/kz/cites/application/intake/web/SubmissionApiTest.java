package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Submission: a complete draft signed by its applicant is registered once, with a number, a
 * registration date and a due date of three working days, and announced to the other services; a
 * repeat with the same Idempotency-Key gets the first answer, any other is refused.
 */
class SubmissionApiTest extends IntakeApiTest {

  @Autowired MeterRegistry meters;

  @Test
  void aCompleteSignedDraftIsRegisteredOnceWithItsNumberAndTerm() throws Exception {
    Drafts.Line ringed = Drafts.saker().marks("rings KZ-001, KZ-002");
    String location =
        create(Drafts.export().specimen(ringed))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("DRAFT"))
            .andExpect(jsonPath("$.content.specimens[0].termCode").value("LIV"))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    UUID id = idOf(location);
    assertThat(location).endsWith("/api/v1/applications/" + id);
    replace(location, Drafts.export().purpose("S").specimen(ringed))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content.purposeCode").value("S"));

    // completeness comes before the signature
    submitWith(location, signature("TUlJQ2lnWUpLb1pJaHZjTg=="))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "incomplete-application"));
    attach(location, OWNER, "CONTRACT");
    attach(location, OWNER, "SCIENTIFIC_OPINION");
    double submittedBefore = submittedExports();

    mvc.perform(
            post(location + "/submission")
                .with(applicant(OWNER))
                .header("Idempotency-Key", "submit-" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(signed(location, OWNER)))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.id").value(id.toString()))
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.registrationNumber").value(matchesPattern("CITES-2026-\\d{6}")))
        .andExpect(jsonPath("$.registeredAt").value("2026-03-20T14:00:00Z"))
        // after 18:00 on Friday; 21-22 weekend, 23-25 Nauryz: registered Thu 26, due Tue 31 March
        .andExpect(jsonPath("$.registrationDate").value("2026-03-26"))
        .andExpect(jsonPath("$.dueDate").value("2026-03-31"));
    String number =
        read(get(location).with(applicant(OWNER))).path("registrationNumber").asString();

    // a repeat with the same key (after a timeout, say) gets the first answer
    mvc.perform(
            post(location + "/submission")
                .with(applicant(OWNER))
                .header("Idempotency-Key", "submit-" + id))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.registrationNumber").value(number));
    mvc.perform(post(location + "/submission").with(applicant(OWNER)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "application-already-submitted"));
    replace(location, Drafts.export().specimen(ringed))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "application-not-draft"));
    // one submission counted for the metrics, however often it was asked for
    assertThat(submittedExports()).isEqualTo(submittedBefore + 1);

    // announced once, with the registration and the content as signed
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !published(id, "kz.cites.ApplicationSubmitted").isEmpty());
    List<ConsumerRecord<String, String>> submitted = published(id, "kz.cites.ApplicationSubmitted");
    assertThat(submitted).hasSize(1);
    JsonNode event = json.readTree(submitted.getFirst().value());
    assertThat(event.path("registrationNumber").asString()).isEqualTo(number);
    assertThat(event.path("registrationDate").asString()).isEqualTo("2026-03-26");
    assertThat(event.path("dueAt").asString()).isEqualTo("2026-03-31T12:30:00Z");
    assertThat(event.path("application").path("purposeCode").asString()).isEqualTo("S");
    assertThat(event.path("application").path("applicant").path("iin").asString()).isEqualTo(OWNER);
    assertThat(event.path("application").path("specimens").get(0).path("scientificName").asString())
        .isEqualTo("Falco cherrug");
  }

  private double submittedExports() {
    var counter =
        meters.find("cites.applications.submitted").tag("permit_type", "EXPORT").counter();
    return counter == null ? 0 : counter.count();
  }
}

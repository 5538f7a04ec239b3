package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The consent to the processing of personal data is answered in every draft. Intake takes a refusal
 * as it is and hands it on: refusing for want of consent is the authority's decision (ground
 * NO_PERSONAL_DATA_CONSENT), not intake's.
 */
class ConsentApiTest extends IntakeApiTest {

  @Test
  void aDraftAnswersTheConsent() throws Exception {
    create(Drafts.export().withoutConsent())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(jsonPath("$.errors[*].field").value(contains("personalDataConsent")));
  }

  @Test
  void aRefusedConsentIsRegisteredAndHandedOnToTheAuthority() throws Exception {
    create(Drafts.export().consentRefused())
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.content.personalDataConsent").value(false));

    UUID id = submitted(Drafts.export().consentRefused(), "SCIENTIFIC_OPINION");
    JsonNode event =
        json.readTree(
            await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> published(id, "kz.cites.ApplicationSubmitted"), r -> !r.isEmpty())
                .getFirst()
                .value());
    assertThat(event.path("application").path("personalDataConsent").isBoolean()).isTrue();
    assertThat(event.path("application").path("personalDataConsent").asBoolean()).isFalse();
  }

  @ParameterizedTest(name = "personalDataConsent: {0}")
  @ValueSource(strings = {"12345", "-1", "1", "\"true\"", "\"yes\"", "1.0"})
  void onlyAJsonTrueOrFalseAnswersTheConsent(String notABoolean) throws Exception {
    Drafts.Draft draft = Drafts.export();
    String body =
        draft
            .json()
            .replace("\"personalDataConsent\":true", "\"personalDataConsent\":" + notABoolean);
    assertThat(body).contains("\"personalDataConsent\":" + notABoolean);

    mvc.perform(
            post(APPLICATIONS)
                .with(applicant(draft.applicantIin()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-body"))
        .andExpect(jsonPath("$.field").value("personalDataConsent"));
  }

  @Test
  void aKeyGivenTwiceIsRefusedNotTheLastOneTaken() throws Exception {
    Drafts.Draft draft = Drafts.export();
    // "consent: false" and then "consent: true" must not end as consent
    String body =
        draft
            .json()
            .replace(
                "\"personalDataConsent\":true",
                "\"personalDataConsent\":false,\"personalDataConsent\":true");

    mvc.perform(
            post(APPLICATIONS)
                .with(applicant(draft.applicantIin()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "malformed-body"));
  }
}

package kz.cites.application.webhooks.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.applicantFor;
import static kz.cites.application.Callers.officer;
import static kz.cites.application.Callers.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import kz.cites.application.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Registering, reading, rotating and removing webhooks through the API: the secret shown once, the
 * one rule of company access (another owner's webhook is not found), the rules of where a delivery
 * may go as problems naming the field and the rule, in the caller's language.
 */
class SubscriptionsApiTest extends ApiTest {

  static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";
  static final String PROBLEMS = "https://cites.kz/problems/";

  /** A person who registers webhooks for themself, and the head of a company for it. */
  static final String PERSON = "880808300044";

  static final String OTHER = "880808400050";
  static final String COMPANY = "940140000385";

  private final List<String> registered = new ArrayList<>();

  @AfterEach
  void removeWhatWasRegistered() throws Exception {
    for (String location : registered) {
      mvc.perform(delete(location).with(applicant(PERSON)));
      mvc.perform(delete(location).with(applicantFor(PERSON, COMPANY)));
    }
  }

  @Test
  void theSecretIsShownOnceAndNeverAgain() throws Exception {
    ResultActions created =
        subscribe(applicant(PERSON), "https://portal.example.kz/hooks/cites", "Portal")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.url").value("https://portal.example.kz/hooks/cites"))
            .andExpect(jsonPath("$.description").value("Portal"))
            .andExpect(jsonPath("$.companyBin").value(nullValue()))
            .andExpect(jsonPath("$.createdAt").value(NOW.toString()));
    String location = created.andReturn().getResponse().getHeader("Location");
    JsonNode body = body(created);
    assertThat(location).endsWith(SUBSCRIPTIONS + "/" + body.path("id").asString());
    String secret = body.path("secret").asString();
    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);

    mvc.perform(get(location).with(applicant(PERSON)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.secret").value(nullValue()));
    JsonNode list = read(get(SUBSCRIPTIONS).with(applicant(PERSON))).path("items");
    assertThat(list.findValuesAsString("id")).contains(body.path("id").asString());
    assertThat(list.toString()).doesNotContain(secret.substring(6));

    // a rotation shows the new secret once; the old one still signs for a day
    JsonNode rotated = read(post(location + "/secret-rotation").with(applicant(PERSON)));
    assertThat(rotated.path("secret").asString()).startsWith("whsec_").isNotEqualTo(secret);
    assertThat(rotated.path("secretRotatedAt").asString()).isEqualTo(NOW.toString());
    assertThat(rotated.path("previousSecretValidUntil").asString())
        .isEqualTo(NOW.plusSeconds(86_400).toString());
    mvc.perform(get(location).with(applicant(PERSON)))
        .andExpect(jsonPath("$.secret").value(nullValue()));

    mvc.perform(delete(location).with(applicant(PERSON))).andExpect(status().isNoContent());
    mvc.perform(get(location).with(applicant(PERSON)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "not-found"));
  }

  @Test
  void anotherOwnersWebhookIsNotFound() throws Exception {
    String own = location(subscribe(applicant(PERSON), "https://portal.example.kz/own", null));
    String company =
        location(
            subscribe(applicantFor(PERSON, COMPANY), "https://portal.example.kz/company", null));

    // another person; the same person for the company; the company's attorney alone
    for (RequestPostProcessor stranger :
        List.of(applicant(OTHER), applicantFor(PERSON, COMPANY), applicantFor(OTHER, COMPANY))) {
      mvc.perform(get(own).with(stranger)).andExpect(status().isNotFound());
      mvc.perform(post(own + "/secret-rotation").with(stranger)).andExpect(status().isNotFound());
      mvc.perform(delete(own).with(stranger)).andExpect(status().isNotFound());
    }
    for (RequestPostProcessor stranger : List.of(applicant(OTHER), applicant(PERSON))) {
      mvc.perform(get(company).with(stranger)).andExpect(status().isNotFound());
      mvc.perform(delete(company).with(stranger)).andExpect(status().isNotFound());
    }
    // the company's attorney, signed in for it, sees and manages the head's webhook for it
    mvc.perform(get(company).with(applicantFor(OTHER, COMPANY)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.companyBin").value(COMPANY));
    assertThat(read(get(SUBSCRIPTIONS).with(applicant(OTHER))).path("items").size()).isZero();
    assertThat(
            read(get(SUBSCRIPTIONS).with(applicant(PERSON)))
                .path("items")
                .findValuesAsString("url"))
        .containsExactly("https://portal.example.kz/own");
    mvc.perform(get(own).with(applicant(PERSON))).andExpect(status().isOk());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "http://portal.example.kz/hooks,                HTTPS_REQUIRED",
    "https://169.254.169.254/latest/meta-data,      PRIVATE_ADDRESS",
    "https://localhost/hooks,                       LOCAL_HOST",
    "https://user:pw@portal.example.kz/hooks,       USER_INFO",
    "ftp://portal.example.kz/hooks,                 MALFORMED"
  })
  void aUrlThatCouldReachInsideIsRefusedNamingTheFieldAndTheRule(String url, String rule)
      throws Exception {
    subscribe(applicant(PERSON), url, null)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "webhook-url-refused"))
        .andExpect(jsonPath("$.field").value("url"))
        .andExpect(jsonPath("$.errors[0].field").value("url"))
        .andExpect(jsonPath("$.errors[0].rule").value(rule));
    assertThat(read(get(SUBSCRIPTIONS).with(applicant(PERSON))).path("items").size()).isZero();
  }

  @Test
  void theRefusalReadsInTheCallersLanguage() throws Exception {
    String body = "{\"url\": \"http://portal.example.kz/hooks\"}";
    for (var expected :
        List.of(
            List.of("en", "Webhook URL not allowed", "A webhook URL must use https"),
            List.of("ru", "Недопустимый адрес вебхука", "Адрес вебхука должен использовать https."),
            List.of(
                "kk",
                "Вебхук мекенжайына рұқсат жоқ",
                "Вебхук мекенжайы https пайдалануы тиіс."))) {
      mvc.perform(
              post(SUBSCRIPTIONS)
                  .with(applicant(PERSON))
                  .header("Accept-Language", expected.get(0))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body))
          .andExpect(status().isUnprocessableContent())
          .andExpect(header().string("Content-Language", expected.get(0)))
          .andExpect(jsonPath("$.title").value(expected.get(1)))
          .andExpect(jsonPath("$.detail").value(expected.get(2)));
    }
  }

  @Test
  void aMissingOrOverlongUrlIsAValidationProblem() throws Exception {
    mvc.perform(
            post(SUBSCRIPTIONS)
                .with(applicant(PERSON))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\": \"no url\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(jsonPath("$.errors[0].field").value("url"));
    subscribe(applicant(PERSON), "https://portal.example.kz/" + "a".repeat(2000), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("url"))
        .andExpect(jsonPath("$.errors[0].rule").value("Size"));
  }

  @Test
  void anOwnerHasAtMostTenWebhooks() throws Exception {
    for (int i = 0; i < 10; i++) {
      location(subscribe(applicant(PERSON), "https://portal.example.kz/hooks/" + i, null));
    }
    subscribe(applicant(PERSON), "https://portal.example.kz/hooks/10", null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "webhook-subscription-limit"));
    // another owner is not counted against it
    location(subscribe(applicant(OTHER), "https://portal.example.kz/hooks/other", null));
    for (JsonNode s : read(get(SUBSCRIPTIONS).with(applicant(OTHER))).path("items")) {
      mvc.perform(delete(SUBSCRIPTIONS + "/" + s.path("id").asString()).with(applicant(OTHER)))
          .andExpect(status().isNoContent());
    }
  }

  @Test
  void onlyApplicantsHaveWebhooks() throws Exception {
    subscribe(officer(), "https://portal.example.kz/hooks", null).andExpect(status().isForbidden());
    mvc.perform(get(SUBSCRIPTIONS).with(operator())).andExpect(status().isForbidden());
  }

  private ResultActions subscribe(RequestPostProcessor caller, String url, String description)
      throws Exception {
    String body =
        description == null
            ? json.writeValueAsString(java.util.Map.of("url", url))
            : json.writeValueAsString(java.util.Map.of("url", url, "description", description));
    ResultActions result =
        mvc.perform(
            post(SUBSCRIPTIONS).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    String location = result.andReturn().getResponse().getHeader("Location");
    if (location != null) {
      registered.add(location);
    }
    return result;
  }

  private String location(ResultActions created) throws Exception {
    return created.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
  }

  private JsonNode body(ResultActions result) throws Exception {
    return json.readTree(
        result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}

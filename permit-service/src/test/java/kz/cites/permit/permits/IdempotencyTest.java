package kz.cites.permit.permits;

import static kz.cites.permit.Personas.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.ReviewCaseSeeds;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.web.IdempotencyKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency-Key on permit-service's creating POSTs: a retried officer decision or customs
 * endorsement gets the first answer instead of a 409, decides or endorses once, and a key reused
 * for another request or malformed is refused.
 */
class IdempotencyTest extends IntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired PermitIssuer issuer;

  private static MockHttpServletRequestBuilder decision(UUID id, String body, String key) {
    return post("/api/v1/review/cases/" + id + "/decision")
        .header("Idempotency-Key", key)
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private long audited(UUID applicationId, String action) {
    return jdbc.sql(
            "select count(*) from audit_entry where application_id = :id and action = :action")
        .param("id", applicationId)
        .param("action", action)
        .query(Long.class)
        .single();
  }

  @Test
  void aRetriedDecisionGetsTheFirstAnswerAndDecidesOnce() throws Exception {
    UUID applicationId =
        ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2026-09-03T12:30:00Z"));
    String approve = "{\"decision\": \"APPROVE\", \"specialConditions\": \"Клетка с вентиляцией\"}";
    String key = UUID.randomUUID().toString();

    String first =
        mvc.perform(decision(applicationId, approve, key).with(officer()))
            .andExpect(status().isOk())
            .andExpect(header().doesNotExist(IdempotencyKeys.REPLAYED_HEADER))
            .andExpect(jsonPath("$.status").value("APPROVED"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String again =
        mvc.perform(decision(applicationId, approve, key).with(officer()))
            .andExpect(status().isOk())
            .andExpect(header().string(IdempotencyKeys.REPLAYED_HEADER, "true"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(again).isEqualTo(first).contains("Клетка с вентиляцией");
    assertThat(
            jdbc.sql("select count(*) from permit where application_id = :id")
                .param("id", applicationId)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // without the key the second is what it always was: the case is decided
    mvc.perform(
            post("/api/v1/review/cases/" + applicationId + "/decision")
                .contentType(MediaType.APPLICATION_JSON)
                .content(approve)
                .with(officer()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/case-already-decided"));
    // the key with another verdict is another request
    mvc.perform(
            decision(
                    applicationId,
                    "{\"decision\": \"REFUSE\", \"grounds\": [\"COURT_BAN\"], \"reason\": \"Запрет\"}",
                    key)
                .with(officer()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/idempotency-key-reused"))
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
  }

  @Test
  void aMalformedKeyIsAValidationProblemNamingTheHeaderAndDecidesNothing() throws Exception {
    UUID applicationId =
        ReviewCaseSeeds.inReview(jdbc, json, Instant.parse("2026-09-03T12:30:00Z"));
    mvc.perform(
            decision(applicationId, "{\"decision\": \"APPROVE\"}", "ключ решения").with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.field").value("Idempotency-Key"))
        .andExpect(jsonPath("$.errors[0].rule").value("Pattern"));
    assertThat(audited(applicationId, "APPROVED")).isZero();
  }

  @Test
  void aRetriedEndorsementGetsTheFirstAnswerInsteadOfAConflict() throws Exception {
    Permit permit =
        issuer.issue(
            UUID.randomUUID(),
            "KZ-2026-S",
            Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
            Fixtures.REGISTERED_HOLDER);
    String endorsements = "/api/v1/permits/" + permit.number() + "/endorsements";
    String body =
        CustomsEndorsementTest.body(
            "[{\"line\": 1, \"quantity\": 1}]", CustomsEndorsementTest.TODAY);
    String key = "endorse-" + permit.number();
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post(endorsements)
                  .header("Idempotency-Key", key)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body)
                  .with(CustomsEndorsementTest.customs()))
          .andExpect(status().isCreated())
          .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith(endorsements)))
          .andExpect(jsonPath("$.permitStatus").value("USED"));
    }
  }
}

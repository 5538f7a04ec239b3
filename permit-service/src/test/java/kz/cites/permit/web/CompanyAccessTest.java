package kz.cites.permit.web;

import static kz.cites.permit.Personas.officer;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.cites.events.ApplicationSnapshot.ApplicantType;
import kz.cites.events.HearingAnswered;
import kz.cites.messaging.Outbox;
import kz.cites.permit.Fixtures;
import kz.cites.permit.Inputs;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.ReviewCaseSeeds;
import kz.cites.permit.permits.PermitIssuer;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.review.domain.CaseStatus;
import kz.cites.permit.review.domain.ReviewCaseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * One rule for company access (platform/access {@code Party}) on the holder's routes: a company's
 * permit and refusal are seen by its head and attorneys signed in for it (the token's BIN), not by
 * the same people signed in alone; a person's own are not the company's.
 */
class CompanyAccessTest extends IntegrationTest {

  static final String DALA_FAUNA = "940140000385"; // Fixtures.as(LEGAL_ENTITY, ...)
  static final String HEAD = Fixtures.HOLDER_IIN;
  static final String ATTORNEY = "900322405274";

  @Autowired MockMvc mvc;
  @Autowired PermitIssuer issuer;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired ReviewCaseRepository cases;
  @Autowired Outbox outbox;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aCompanysPermitIsForThoseSignedInForTheCompany() throws Exception {
    UUID applicationId = UUID.randomUUID();
    Permit permit =
        issuer.issue(
            applicationId,
            "KZ-2026-C1",
            Fixtures.as(ApplicantType.LEGAL_ENTITY, Fixtures.exportOfSakerFalcon(HEAD, true)),
            null);
    String path = "/api/v1/permits/" + permit.number();

    for (RequestPostProcessor forTheCompany :
        List.of(applicant(HEAD, DALA_FAUNA), applicant(ATTORNEY, DALA_FAUNA))) {
      mvc.perform(get(path).with(forTheCompany))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.securityCode").value(permit.securityCode()));
      mvc.perform(get(path + "/document").accept("application/jose").with(forTheCompany))
          .andExpect(status().isOk());
      mvc.perform(
              get("/api/v1/permits")
                  .param("applicationId", applicationId.toString())
                  .with(forTheCompany))
          .andExpect(jsonPath("$.items[0].number").value(permit.number()));
    }
    for (RequestPostProcessor alone : List.of(applicant(HEAD, null), applicant(ATTORNEY, null))) {
      mvc.perform(get(path).with(alone))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"));
      mvc.perform(get(path + "/document").accept("application/jose").with(alone))
          .andExpect(status().isNotFound());
      mvc.perform(
              get("/api/v1/permits").param("applicationId", applicationId.toString()).with(alone))
          .andExpect(jsonPath("$.items.length()").value(0));
    }
  }

  @Test
  void aPersonsOwnPermitIsNotTheCompanys() throws Exception {
    Permit permit =
        issuer.issue(
            UUID.randomUUID(), "KZ-2026-C2", Fixtures.exportOfSakerFalcon(HEAD, true), null);
    String path = "/api/v1/permits/" + permit.number();

    mvc.perform(get(path).with(applicant(HEAD, null))).andExpect(status().isOk());
    mvc.perform(get(path).with(applicant(HEAD, DALA_FAUNA))).andExpect(status().isNotFound());
  }

  @Test
  void aCompanysRefusalIsForThoseSignedInForTheCompany() throws Exception {
    UUID applicationId =
        ReviewCaseSeeds.inReview(
            jdbc,
            json,
            Instant.parse("2026-09-03T12:30:00Z"),
            Fixtures.as(ApplicantType.LEGAL_ENTITY, Fixtures.exportOfSakerFalcon(HEAD, true)));
    refuseAfterTheHearing(applicationId);
    String path = "/api/v1/refusals/" + applicationId + "/document";

    for (RequestPostProcessor forTheCompany :
        List.of(applicant(HEAD, DALA_FAUNA), applicant(ATTORNEY, DALA_FAUNA))) {
      mvc.perform(get(path).accept("application/jose").with(forTheCompany))
          .andExpect(status().isOk());
    }
    for (RequestPostProcessor alone : List.of(applicant(HEAD, null), applicant(ATTORNEY, null))) {
      mvc.perform(get(path).accept("application/jose").with(alone))
          .andExpect(status().isNotFound());
    }
  }

  private void refuseAfterTheHearing(UUID applicationId) throws Exception {
    String refuse =
        """
        {"decision": "REFUSE", "grounds": ["NON_COMPLIANCE"],
         "reason": "The ring number does not match the breeder's register."}
        """;
    mvc.perform(decision(applicationId, refuse).with(officer()))
        .andExpect(jsonPath("$.status").value("HEARING"));
    UUID hearingId = cases.findById(applicationId).orElseThrow().hearing().id();
    Inputs.feed(
        outbox,
        transactions,
        new HearingAnswered(
            UUID.randomUUID(),
            IntegrationTest.NOW,
            applicationId,
            hearingId,
            "The ring was fitted by the breeder.",
            List.of(),
            IntegrationTest.NOW,
            Instant.parse("2026-09-01T12:30:00Z")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> cases.findById(applicationId).orElseThrow().status() == CaseStatus.IN_REVIEW);
    mvc.perform(decision(applicationId, refuse).with(officer()))
        .andExpect(jsonPath("$.status").value("REFUSED"));
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      decision(UUID applicationId, String body) {
    return post("/api/v1/review/cases/" + applicationId + "/decision")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private static RequestPostProcessor applicant(String iin, String bin) {
    return jwt()
        .jwt(
            j -> {
              j.subject(iin).claim("iin", iin).claim("roles", List.of("APPLICANT"));
              if (bin != null) {
                j.claim("bin", bin);
              }
            })
        .authorities(new SimpleGrantedAuthority("ROLE_APPLICANT"));
  }
}

package kz.cites.permit.permits;

import static kz.cites.permit.Personas.applicant;
import static kz.cites.permit.Personas.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.Published;
import kz.cites.permit.TestClock;
import kz.cites.permit.permits.domain.Permit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The e-permit exchange (ADR 0018) on real PostgreSQL: the importing country's authority reads the
 * permit as e-permit XML and confirms the import once; another country's authority, an applicant
 * and customs cannot; every bad answer is a problem and changes nothing.
 */
class EPermitExchangeTest extends IntegrationTest {

  /** The fixture's export goes to the United Arab Emirates. */
  static final String IMPORTING = "AE";

  static final String TODAY = "2026-08-31";

  @Autowired MockMvc mvc;
  @Autowired PermitIssuer issuer;
  @Autowired PermitCancellation cancellation;
  @Autowired TestClock clock;
  @Autowired JsonMapper json;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  static RequestPostProcessor partner(String country) {
    return kz.cites.permit.Personas.named(
        "750310300714", "Partner of " + country, "PARTNER_AUTHORITY", Map.of("country", country));
  }

  /** POSTs {@code body} as JSON to {@code path} as {@code who}. */
  private ResultActions postJson(String path, String body, RequestPostProcessor who)
      throws Exception {
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(who));
  }

  static String body(String lines, String confirmedOn) {
    return """
        {"confirmed": true, "lines": %s, "confirmedOn": "%s",
         "importPermitNumber": "AE-IMP-2026-0042"}
        """
        .formatted(lines, confirmedOn);
  }

  @Test
  void theImportingAuthorityReadsTheXmlAndConfirmsOnce() throws Exception {
    Permit permit = issue();
    String exchange = "/api/v1/exchange/permits/" + permit.number();

    byte[] xml =
        mvc.perform(get(exchange).accept(MediaType.APPLICATION_XML).with(partner(IMPORTING)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    EPermitXmlTest.validate(xml);
    assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8))
        .contains("<ID>" + permit.number() + "</ID>")
        .contains(Fixtures.REGISTERED_HOLDER.name());

    postJson(
            exchange + "/confirmation",
            body("[{\"line\": 1, \"quantity\": 1}]", TODAY),
            partner(IMPORTING))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.importingCountry").value(IMPORTING))
        .andExpect(jsonPath("$.confirmed").value(true))
        .andExpect(jsonPath("$.lines[0].quantity").value(1))
        .andExpect(jsonPath("$.importPermitNumber").value("AE-IMP-2026-0042"));
    postJson(
            exchange + "/confirmation",
            body("[{\"line\": 1, \"quantity\": 1}]", TODAY),
            partner(IMPORTING))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/import-already-confirmed"))
        .andExpect(jsonPath("$.confirmedOn").value(TODAY));
    mvc.perform(get(exchange + "/confirmation").with(partner(IMPORTING)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.confirmedOn").value(TODAY));

    // the holder sees it on the permit, which stays valid
    mvc.perform(get("/api/v1/permits/" + permit.number()).with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(jsonPath("$.status").value("VALID"))
        .andExpect(jsonPath("$.importConfirmation.importingCountry").value(IMPORTING))
        .andExpect(jsonPath("$.importConfirmation.confirmedBy").value("Partner of AE"));

    assertThat(Published.typesFor(permit.applicationId()))
        .filteredOn("kz.cites.PermitImportConfirmed"::equals)
        .hasSize(1);
    var event = Published.payload(json, permit.applicationId(), "kz.cites.PermitImportConfirmed");
    assertThat(event.get("importingCountry").asString()).isEqualTo(IMPORTING);
    assertThat(event.get("confirmed").asBoolean()).isTrue();
    assertThat(event.at("/lines/0/quantity").decimalValue()).isEqualByComparingTo("1");
  }

  @Test
  void anotherCountrysAuthorityAnApplicantAndCustomsCannotUseTheExchange() throws Exception {
    Permit permit = issue();
    String exchange = "/api/v1/exchange/permits/" + permit.number();

    // another country: as if the permit did not exist
    mvc.perform(get(exchange).accept(MediaType.APPLICATION_XML).with(partner("DE")))
        .andExpect(status().isNotFound());
    postJson(
            exchange + "/confirmation",
            body("[{\"line\": 1, \"quantity\": 1}]", TODAY),
            partner("DE"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-found"));
    mvc.perform(get("/api/v1/exchange/permits/26KZ999999").with(partner(IMPORTING)))
        .andExpect(status().isNotFound());
    // the holder, an officer and a partner on the national route: not this API
    mvc.perform(get(exchange).with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isForbidden());
    postJson(exchange + "/confirmation", body("[{\"line\": 1, \"quantity\": 1}]", TODAY), officer())
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/permits/" + permit.number()).with(partner(IMPORTING)))
        .andExpect(status().isForbidden());

    assertThat(Published.typesFor(permit.applicationId()))
        .doesNotContain("kz.cites.PermitImportConfirmed");
  }

  @Test
  void everyBadAnswerIsAProblemAndChangesNothing() throws Exception {
    Permit permit = issue();
    String confirmation = "/api/v1/exchange/permits/" + permit.number() + "/confirmation";

    postJson(confirmation, body("[{\"line\": 1, \"quantity\": 2}]", TODAY), partner(IMPORTING))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.type").value("https://cites.kz/problems/confirmed-quantity-exceeds-permit"))
        .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
    postJson(confirmation, body("[{\"line\": 3, \"quantity\": 1}]", TODAY), partner(IMPORTING))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/confirmation-not-on-permit"))
        .andExpect(jsonPath("$.errors[0].field").value("lines[0].line"));
    postJson(
            confirmation,
            body("[{\"line\": 1, \"quantity\": 1}]", "2026-09-01"),
            partner(IMPORTING))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.type")
                .value("https://cites.kz/problems/confirmation-date-outside-validity"))
        .andExpect(jsonPath("$.errors[0].field").value("confirmedOn"));
    postJson(
            confirmation,
            "{\"lines\": [{\"line\": 1, \"quantity\": 1}], \"confirmedOn\": \"" + TODAY + "\"}",
            partner(IMPORTING))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("confirmed"));
    postJson(confirmation, body("[]", TODAY), partner(IMPORTING))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lines"));
    mvc.perform(get(confirmation).with(partner(IMPORTING))).andExpect(status().isNotFound());

    // a cancelled permit: no import may take place under it
    cancellation.cancel(permit.number(), "860606407353", "Specimen seized.");
    postJson(confirmation, body("[{\"line\": 1, \"quantity\": 1}]", TODAY), partner(IMPORTING))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/permit-not-confirmable"))
        .andExpect(jsonPath("$.permitStatus").value("CANCELLED"));
    assertThat(Published.typesFor(permit.applicationId()))
        .doesNotContain("kz.cites.PermitImportConfirmed");
  }

  @Test
  void anExpiredPermitMayStillBeConfirmedForAnImportWithinItsValidity() throws Exception {
    Permit permit = issue();
    clock.advance(Duration.ofDays(200));
    postJson(
            "/api/v1/exchange/permits/" + permit.number() + "/confirmation",
            body("[{\"line\": 1, \"quantity\": 1}]", TODAY),
            partner(IMPORTING))
        .andExpect(status().isCreated());
  }

  @Test
  void theHolderGetsTheXmlByAcceptAndJsonOtherwise() throws Exception {
    Permit permit = issue();
    String path = "/api/v1/permits/" + permit.number();

    byte[] xml =
        mvc.perform(
                get(path).accept(MediaType.APPLICATION_XML).with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    EPermitXmlTest.validate(xml);
    mvc.perform(get(path).accept(MediaType.ALL).with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.number").value(permit.number()));
    mvc.perform(
            get(path)
                .header("Accept", "application/json;q=0.5, application/xml")
                .with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML));
    mvc.perform(get(path).accept(MediaType.TEXT_PLAIN).with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isNotAcceptable());
    // someone else's permit stays a 404 in XML too
    mvc.perform(get(path).accept(MediaType.APPLICATION_XML).with(applicant(Fixtures.OTHER_IIN)))
        .andExpect(status().isNotFound());
  }

  private Permit issue() {
    return issuer.issue(
        UUID.randomUUID(),
        "KZ-2026-S",
        Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
        Fixtures.REGISTERED_HOLDER);
  }
}

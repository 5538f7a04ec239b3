package kz.cites.permit.permits;

import static kz.cites.permit.Personas.applicant;
import static kz.cites.permit.Personas.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSObject;
import java.time.Duration;
import java.util.UUID;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.Personas;
import kz.cites.permit.Published;
import kz.cites.permit.TestClock;
import kz.cites.permit.permits.domain.Permit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Box 14: customs endorses a valid permit at the border once, with at most the permit's quantity
 * per line, signed by the customs officer; the permit is then USED, PermitEndorsed is published and
 * the PDF prints the endorsement.
 */
class CustomsEndorsementTest extends IntegrationTest {

  static final String CUSTOMS_IIN = Personas.CUSTOMS_IIN;
  static final String CUSTOMS_NAME = Personas.CUSTOMS_NAME;
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

  static RequestPostProcessor customs() {
    return Personas.customs();
  }

  static String body(String lines, String endorsedOn) {
    return """
        {"lines": %s, "borderCrossing": "Алматы әуежайы", "endorsedOn": "%s",
         "declarationNumber": "50101/310826/0001234"}
        """
        .formatted(lines, endorsedOn);
  }

  @Test
  void customsEndorsesOnceAndThePermitIsUsed() throws Exception {
    Permit permit = issue();
    String endorsements = "/api/v1/permits/" + permit.number() + "/endorsements";

    // the holder and an officer cannot endorse
    mvc.perform(
            post(endorsements)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("[{\"line\": 1, \"quantity\": 1}]", TODAY))
                .with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(endorsements)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("[{\"line\": 1, \"quantity\": 1}]", TODAY))
                .with(officer()))
        .andExpect(status().isForbidden());

    String answer =
        mvc.perform(
                post(endorsements)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body("[{\"line\": 1, \"quantity\": 1}]", TODAY))
                    .with(customs()))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith(endorsements)))
            .andExpect(jsonPath("$.permitStatus").value("USED"))
            .andExpect(jsonPath("$.lines[0].line").value(1))
            .andExpect(jsonPath("$.lines[0].quantity").value(1))
            .andExpect(jsonPath("$.borderCrossing").value("Алматы әуежайы"))
            .andExpect(jsonPath("$.endorsedBy").value(CUSTOMS_NAME))
            .andReturn()
            .getResponse()
            .getContentAsString();

    // signed: the JWS payload is box 14 of this permit
    JWSObject jws = JWSObject.parse(json.readTree(answer).get("document").asString());
    assertThat(jws.getHeader().getType().toString()).isEqualTo("cites-endorsement+json");
    var payload = jws.getPayload().toJSONObject();
    assertThat(payload)
        .containsEntry("documentType", "CITES_PERMIT_ENDORSEMENT")
        .containsEntry("permitNumber", permit.number())
        .containsEntry("declarationNumber", "50101/310826/0001234")
        .containsEntry("endorsedByName", CUSTOMS_NAME);

    // used: a second endorsement is refused; the permit reads USED
    mvc.perform(
            post(endorsements)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("[{\"line\": 1, \"quantity\": 1}]", TODAY))
                .with(customs()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/permit-already-endorsed"))
        .andExpect(jsonPath("$.endorsedOn").value(TODAY));
    mvc.perform(get("/api/v1/permits/" + permit.number()).with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(jsonPath("$.status").value("USED"));
    mvc.perform(get(endorsements).with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].declarationNumber").value("50101/310826/0001234"));
    mvc.perform(get(endorsements).with(applicant(Fixtures.OTHER_IIN)))
        .andExpect(status().isNotFound());

    // announced once
    assertThat(Published.typesFor(permit.applicationId()))
        .filteredOn("kz.cites.PermitEndorsed"::equals)
        .hasSize(1);
    var event = Published.payload(json, permit.applicationId(), "kz.cites.PermitEndorsed");
    assertThat(event.get("permitNumber").asString()).isEqualTo(permit.number());
    assertThat(event.at("/lines/0/quantity").decimalValue()).isEqualByComparingTo("1");
    assertThat(event.get("endorsedBy").asString()).isEqualTo(CUSTOMS_IIN);

    // box 14 of the PDF prints it
    byte[] pdf =
        mvc.perform(
                get("/api/v1/permits/" + permit.number() + "/document")
                    .accept(MediaType.APPLICATION_PDF)
                    .with(applicant(Fixtures.HOLDER_IIN)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text)
          .contains("50101/310826/0001234")
          .contains("Алматы әуежайы")
          .contains(CUSTOMS_NAME)
          .contains("1. Falco cherrug: 1");
    }
  }

  @Test
  void moreThanThePermitALineItDoesNotHaveOrADateOutsideItsValidityIsRefused() throws Exception {
    Permit permit = issue();
    String endorsements = "/api/v1/permits/" + permit.number() + "/endorsements";

    mvc.perform(
            post(endorsements)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("[{\"line\": 1, \"quantity\": 2}]", TODAY))
                .with(customs()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.type").value("https://cites.kz/problems/endorsed-quantity-exceeds-permit"))
        .andExpect(jsonPath("$.errors[0].field").value("lines[0].quantity"));
    mvc.perform(
            post(endorsements)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("[{\"line\": 2, \"quantity\": 1}]", TODAY))
                .with(customs()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/endorsement-not-on-permit"))
        .andExpect(jsonPath("$.errors[0].field").value("lines[0].line"));
    mvc.perform(
            post(endorsements)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("[{\"line\": 1, \"quantity\": 1}]", "2026-09-01"))
                .with(customs()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.type").value("https://cites.kz/problems/endorsement-date-outside-validity"))
        .andExpect(jsonPath("$.errors[0].field").value("endorsedOn"));
    mvc.perform(
            post(endorsements)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("[]", TODAY))
                .with(customs()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lines"));

    // nothing was written: the permit is still valid and endorsable
    mvc.perform(get(endorsements).with(customs()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(0));
    assertThat(Published.typesFor(permit.applicationId()))
        .doesNotContain("kz.cites.PermitEndorsed");
  }

  @Test
  void anExpiredOrCancelledPermitCannotBeEndorsed() throws Exception {
    Permit cancelled = issue();
    cancellation.cancel(cancelled.number(), "860606407353", "Specimen seized.");
    mvc.perform(
            post("/api/v1/permits/" + cancelled.number() + "/endorsements")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("[{\"line\": 1, \"quantity\": 1}]", TODAY))
                .with(customs()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/permit-not-endorsable"))
        .andExpect(jsonPath("$.permitStatus").value("CANCELLED"));

    Permit expired = issue();
    clock.advance(Duration.ofDays(200));
    mvc.perform(
            post("/api/v1/permits/" + expired.number() + "/endorsements")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("[{\"line\": 1, \"quantity\": 1}]", TODAY))
                .with(customs()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.permitStatus").value("EXPIRED"));
  }

  private static org.hamcrest.Matcher<String> endsWith(String suffix) {
    return org.hamcrest.Matchers.endsWith(suffix);
  }

  private Permit issue() {
    return issuer.issue(
        UUID.randomUUID(),
        "KZ-2026-S",
        Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
        Fixtures.REGISTERED_HOLDER);
  }
}

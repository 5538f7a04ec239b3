package kz.cites.permit.reports;

import static kz.cites.permit.Personas.applicant;
import static kz.cites.permit.Personas.customs;
import static kz.cites.permit.Personas.officer;
import static kz.cites.permit.Personas.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.permits.PermitCancellation;
import kz.cites.permit.permits.PermitIssuer;
import kz.cites.permit.permits.domain.Permit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CITES annual report on real PostgreSQL: permits issued in 2026, one endorsed by customs with
 * less than permitted, one cancelled; the report holds the endorsed quantity, the permit's quantity
 * marked ISSUED, nothing of the cancelled one, as JSON and CSV; only staff may read it.
 */
class AnnualReportTest extends IntegrationTest {

  static final String REPORT = "/api/v1/reports/annual/2026";

  @Autowired MockMvc mvc;
  @Autowired PermitIssuer issuer;
  @Autowired PermitCancellation cancellation;
  @Autowired JsonMapper json;

  static RequestPostProcessor operator() {
    return person("870412300418", "OPERATOR");
  }

  @Test
  void theReportHoldsEndorsedAndIssuedQuantitiesAndNoCancelledPermit() throws Exception {
    // twenty tortoises permitted, twelve shipped
    Permit endorsed = issue(Fixtures.reExportOfTortoises(Fixtures.HOLDER_IIN));
    mvc.perform(
            post("/api/v1/permits/" + endorsed.number() + "/endorsements")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"lines": [{"line": 1, "quantity": 12}], "borderCrossing": "Нұр Жол",
                     "endorsedOn": "2026-08-31", "declarationNumber": "50101/310826/0000777"}
                    """)
                .with(customs()))
        .andExpect(status().isCreated());
    Permit issued = issue(Fixtures.importOfGreyParrots(Fixtures.HOLDER_IIN));
    Permit cancelled = issue(Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true));
    cancellation.cancel(cancelled.number(), "990140004654", "issued in error");

    JsonNode report =
        json.readTree(
            mvc.perform(get(REPORT).accept(MediaType.APPLICATION_JSON).with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.reportingParty").value("KZ"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

    JsonNode tortoises = rowOf(report, endorsed.number());
    assertThat(tortoises.path("quantity").decimalValue()).isEqualByComparingTo("12");
    assertThat(tortoises.path("quantityBasis").asString()).isEqualTo("ENDORSED");
    assertThat(tortoises.path("taxon").asString()).isEqualTo("Testudo horsfieldii");
    assertThat(tortoises.path("origin").asString()).isEqualTo("UZ");
    assertThat(tortoises.path("reporterType").asString()).isEqualTo("E");

    JsonNode parrots = rowOf(report, issued.number());
    assertThat(parrots.path("quantity").decimalValue()).isEqualByComparingTo("2");
    assertThat(parrots.path("quantityBasis").asString()).isEqualTo("ISSUED");
    assertThat(parrots.path("importPermitNumber").asString()).isEqualTo(issued.number());
    assertThat(parrots.path("reporterType").asString()).isEqualTo("I");

    assertThat(report.path("rows").toString()).doesNotContain(cancelled.number());

    // the same rows as CSV, an attachment, UTF-8
    String csv =
        mvc.perform(get(REPORT).accept("text/csv").with(operator()))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        "attachment; filename=\"cites-annual-report-KZ-2026.csv\""))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("Year,Appendix,Taxon,Term,Quantity,Unit,Importer,")
        .contains(
            "2026,II,Testudo horsfieldii,LIV,12,,DE,KZ,UZ,T,C,E,"
                + endorsed.number()
                + ",UZ-2026-E-001284,,1,ENDORSED\r\n")
        .contains(
            "2026,I,Psittacus erithacus,LIV,2,,KZ,ZA,,T,D,I,ZA-EC-2026-000412,,"
                + issued.number()
                + ",1,ISSUED\r\n")
        .doesNotContain(cancelled.number());

    // officers read it too; no Accept is JSON
    mvc.perform(get(REPORT).with(officer()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/json"));
  }

  @Test
  void onlyTheAuthoritysStaffMayReadTheReport() throws Exception {
    mvc.perform(get(REPORT).with(applicant(Fixtures.HOLDER_IIN)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/forbidden"));
    mvc.perform(get(REPORT).with(customs())).andExpect(status().isForbidden());
    mvc.perform(get(REPORT)).andExpect(status().isUnauthorized());
  }

  @Test
  void eachBadInputIsAProblemNamingItsRule() throws Exception {
    // before the Convention was in force for Kazakhstan, and after this year (the clock: 2026)
    for (String year : List.of("1999", "2027")) {
      mvc.perform(get("/api/v1/reports/annual/" + year).with(operator()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
          .andExpect(jsonPath("$.field").value("year"))
          .andExpect(jsonPath("$.errors[0].rule").value("Range"));
    }
    // the same problem, as problem JSON, when CSV was asked for
    mvc.perform(get("/api/v1/reports/annual/1999").accept("text/csv").with(operator()))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.field").value("year"));
    mvc.perform(get("/api/v1/reports/annual/twenty").with(operator()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"))
        .andExpect(jsonPath("$.errors[0].rule").value("TypeMismatch"));
    mvc.perform(get(REPORT).accept(MediaType.APPLICATION_XML).with(operator()))
        .andExpect(status().isNotAcceptable())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/not-acceptable"));
  }

  private Permit issue(kz.cites.events.ApplicationSnapshot application) {
    return issuer.issue(UUID.randomUUID(), "KZ-2026-R", application, Fixtures.REGISTERED_HOLDER);
  }

  private static JsonNode rowOf(JsonNode report, String number) {
    for (JsonNode row : report.path("rows")) {
      if (number.equals(row.path("exportPermitNumber").asString(""))
          || number.equals(row.path("importPermitNumber").asString(""))) {
        return row;
      }
    }
    throw new AssertionError("No row of " + number + " in " + report);
  }
}

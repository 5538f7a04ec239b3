package kz.cites.application.intake.web;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * The dates of a draft against today in Kazakhstan (the tests' today: Friday 20 March 2026): the
 * transport is planned for today or later, an origin permit was issued today or earlier. The
 * registration and due dates are {@link SubmissionApiTest}'s and {@link
 * TransferredDayRegistrationTest}'s.
 */
class DateRulesApiTest extends IntakeApiTest {

  @Test
  void theTransportIsNotPlannedInThePast() throws Exception {
    create(Drafts.export().plannedOn("2026-03-19"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(jsonPath("$.errors[0].field").value("transport.plannedDate"));
    create(Drafts.export().plannedOn("2026-03-20")).andExpect(status().isCreated());
  }

  @Test
  void anOriginPermitIsNotIssuedInTheFuture() throws Exception {
    Drafts.Line tortoises = Drafts.specimen("Testudo horsfieldii").from("UZ");
    create(
            Drafts.reExport()
                .purpose("T")
                .specimen(tortoises.originPermit("UZ-2026-E-001284", "UZ", "2026-03-21")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(
            jsonPath("$.errors[*].field").value(contains("specimens[0].originPermit.issuedOn")));
    create(
            Drafts.reExport()
                .purpose("T")
                .specimen(tortoises.originPermit("UZ-2026-E-001284", "UZ", "2026-03-20")))
        .andExpect(status().isCreated());
  }
}

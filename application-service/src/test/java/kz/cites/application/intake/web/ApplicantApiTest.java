package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static kz.cites.application.Callers.applicantFor;
import static kz.cites.application.Callers.officer;
import static kz.cites.application.intake.web.Drafts.DALA_FAUNA;
import static kz.cites.application.intake.web.Drafts.DALA_FAUNA_BIN;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * Who applies: a person for themself (the draft's IIN is the token's), or for the company whose BIN
 * the token names; the authority's staff do not apply. IINs and BINs carry their check digit.
 */
class ApplicantApiTest extends IntakeApiTest {

  @Test
  void oneAppliesOnlyForOneself() throws Exception {
    createAs(applicant(OTHER), Drafts.export())
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "applicant-mismatch"))
        .andExpect(jsonPath("$.field").value("applicant.iin"));
  }

  @Test
  void theAuthoritysStaffDoNotApply() throws Exception {
    createAs(officer(), Drafts.export()).andExpect(status().isForbidden());
  }

  @Test
  void aCompanyAppliesUnderTheBinItsTokenNames() throws Exception {
    Drafts.Draft forCompany = Drafts.export().purpose("T").actingFor(DALA_FAUNA_BIN, DALA_FAUNA);
    createAs(applicant(OWNER), forCompany) // the token names no company
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.field").value("applicant.bin"));
    createAs(applicantFor(OWNER, DALA_FAUNA_BIN), forCompany)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.content.applicant.type").value("LEGAL_ENTITY"))
        .andExpect(jsonPath("$.content.applicant.bin").value(DALA_FAUNA_BIN))
        .andExpect(jsonPath("$.content.applicant.iin").value(OWNER));
  }

  @Test
  void identificationNumbersCarryTheirCheckDigit() throws Exception {
    createAs(applicant(OWNER), Drafts.export().with("applicant.iin", "811201401187"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(jsonPath("$.errors[*].field").value(contains("applicant.iin")));
    create(Drafts.export().actingFor("940140000386", DALA_FAUNA))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("applicant.bin")));
    // a company applies under its BIN
    create(Drafts.export().actingFor(DALA_FAUNA_BIN, DALA_FAUNA).with("applicant.bin", null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("applicant.bin")));
  }
}

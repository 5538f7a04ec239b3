package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The codes of a draft are the CITES codes of Res. Conf. 12.3 and ISO countries, and a specimen
 * line keeps the rules between its fields: source U is justified, source O names the source before
 * the Convention, a line without unit counts whole specimens, at most a million. A broken rule is a
 * 400 validation problem naming each broken field at once.
 */
class CitesCodesApiTest extends IntakeApiTest {

  @Test
  void anInvalidDraftIsOneProblemNamingEveryBrokenField() throws Exception {
    Drafts.Draft invalid =
        Drafts.export()
            .with("permitType", "SMUGGLE")
            .with("applicant.type", "LEGAL_ENTITY") // without a BIN
            .with("applicant.iin", "811201401187") // wrong check digit
            .purpose("X")
            .counterparty("Buyer", "Berlin", "XX")
            .specimen(Drafts.saker().term("ZZZ").quantity(-1).source("A").unit("BAG"));

    createAs(applicant(OWNER), invalid)
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    containsInAnyOrder(
                        "applicant.bin",
                        "applicant.iin",
                        "counterparty.countryCode",
                        "permitType",
                        "purposeCode",
                        "specimens[0].quantity",
                        "specimens[0].sourceCode",
                        "specimens[0].termCode",
                        "specimens[0].unitCode")));
  }

  @Test
  void anUnknownSourceIsJustified() throws Exception {
    create(Drafts.export().specimen(Drafts.saker().source("U")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field").value(hasItem("specimens[0].sourceJustification")));
    create(
            Drafts.export()
                .specimen(Drafts.saker().source("U").sourceJustification("found injured")))
        .andExpect(status().isCreated());
  }

  @Test
  void aPreConventionSpecimenNamesItsOriginalSource() throws Exception {
    create(Drafts.export().specimen(Drafts.saker().source("O")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("specimens[0].originalSourceCode")));
    create(Drafts.export().specimen(Drafts.saker().source("O").originalSource("W")))
        .andExpect(status().isCreated());
  }

  @Test
  void aLineWithoutUnitCountsWholeSpecimensUpToAMillion() throws Exception {
    create(Drafts.export().specimen(Drafts.saker().quantity(2.5)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("specimens[0].quantity")));
    create(Drafts.export().specimen(Drafts.saker().quantity(2000000)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("specimens[0].quantity")));
  }
}

package kz.cites.application.intake.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * An export is of specimens that originate in Kazakhstan; what came from another country leaves as
 * a re-export (domain.md section 5), and the applicant is told so when drafting.
 */
class ReExportApiTest extends IntakeApiTest {

  @Test
  void anExportOfSpecimensOfForeignOriginIsRefusedAsAReExport() throws Exception {
    create(
            Drafts.export()
                .purpose("T")
                .specimens(Drafts.saker(), Drafts.specimen("Testudo horsfieldii").from("UZ")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "re-export-required"))
        .andExpect(jsonPath("$.field").value("permitType"))
        .andExpect(jsonPath("$.specimens[0]").value("specimens[1].countryOfOrigin"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("RE_EXPORT")));
  }

  @Test
  void theSameSpecimensGoAsAReExportAndKazakhOnesAsAnExport() throws Exception {
    create(
            Drafts.reExport()
                .purpose("T")
                .specimen(Drafts.specimen("Testudo horsfieldii").from("UZ")))
        .andExpect(status().isCreated());
    create(Drafts.export().purpose("T").specimen(Drafts.saker().from("KZ")))
        .andExpect(status().isCreated());
  }
}

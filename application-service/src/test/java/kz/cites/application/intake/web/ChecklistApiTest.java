package kz.cites.application.intake.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * The CITES checklist decides each specimen line: its accepted name and appendix (never the
 * applicant), names it does not know are refused with the closest it knows, and no Appendix I
 * specimen is imported for primarily commercial purposes (CITES Art. III).
 */
class ChecklistApiTest extends IntakeApiTest {

  @Test
  void theChecklistSetsTheAcceptedNameAndTheAppendix() throws Exception {
    create(
            Drafts.export()
                .purpose("T")
                .specimen(Drafts.specimen("Agrionemys horsfieldii").claimedAppendix("I")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.content.specimens[0].scientificName").value("Testudo horsfieldii"))
        .andExpect(jsonPath("$.content.specimens[0].appendix").value("II"));
    // the Mongolian population is the one listed in Appendix I; leaving Kazakhstan, it is a
    // re-export (an export of it is refused: ReExportApiTest)
    create(Drafts.reExport().purpose("T").specimen(Drafts.specimen("Ursus arctos").from("MN")))
        .andExpect(jsonPath("$.content.specimens[0].appendix").value("I"));
  }

  @Test
  void namesTheChecklistDoesNotKnowAreRefusedWithTheClosestItKnows() throws Exception {
    create(
            Drafts.export()
                .purpose("T")
                .specimens(
                    Drafts.saker(),
                    Drafts.specimen("Falco cheruq"),
                    Drafts.specimen("Vulpes vulpes")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "unknown-species"))
        .andExpect(jsonPath("$.field").value("specimens[1].scientificName"))
        .andExpect(
            jsonPath("$.species[*].field")
                .value(
                    containsInAnyOrder(
                        "specimens[1].scientificName", "specimens[2].scientificName")))
        .andExpect(jsonPath("$.species[0].suggestions[0]").value("Falco cherrug"));
  }

  @Test
  void noAppendixIImportForCommercialPurposes() throws Exception {
    Drafts.Line grey = Drafts.specimen("Psittacus erithacus").from("GH");
    create(Drafts.importing().purpose("T").specimen(grey))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "appendix-i-commercial-import"))
        .andExpect(jsonPath("$.field").value("purposeCode"));
    create(Drafts.importing().purpose("Z").specimen(grey)).andExpect(status().isCreated());
    create(Drafts.importing().purpose("T").specimen(Drafts.specimen("Python regius").from("GH")))
        .andExpect(status().isCreated());
  }

  @Test
  void appendixIBredByARegisteredOperationIsTreatedAsAppendixII() throws Exception {
    // Art. VII.4: source D counts as Appendix II, so a commercial import is allowed; the checklist
    // still says what the species is listed in
    create(
            Drafts.importing()
                .purpose("T")
                .specimen(Drafts.specimen("Psittacus erithacus").from("GH").source("D")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.content.specimens[0].appendix").value("I"));
  }
}

package kz.cites.application.species.web;

import static kz.cites.application.Callers.applicant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.cites.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * GET /api/v1/species with the fixture loaded at start-up: each listing's source and date. A
 * context of its own: SpeciesApiTest replaces the checklist by a Species+ import in the shared one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestInfrastructure.class)
class ChecklistEditionApiTest {

  @Autowired MockMvc mvc;

  @Test
  void anAnswerNamesTheChecklistAndEachListingItsSourceAndDate() throws Exception {
    mvc.perform(get("/api/v1/species?q=peregrine").with(applicant("811201401188")))
        .andExpect(status().isOk())
        .andExpect(header().string(SpeciesController.VERSION_HEADER, startsWith("fixture ")))
        .andExpect(header().string(SpeciesController.DATE_HEADER, "2026-12-06"))
        .andExpect(jsonPath("$.items[0].scientificName").value("Falco peregrinus"))
        .andExpect(jsonPath("$.items[0].listings[0].appendix").value("I"))
        .andExpect(jsonPath("$.items[0].listings[0].source", containsString("CoP20")))
        .andExpect(jsonPath("$.items[0].listings[0].listedSince").value("1975-07-01"))
        .andExpect(jsonPath("$.items[0].checklist.version", startsWith("fixture ")))
        .andExpect(jsonPath("$.items[0].checklist.date").value("2026-12-06"))
        .andExpect(jsonPath("$.items[0].checklist.origin").value("FIXTURE"));
    // a listing whose start the fixture does not establish has a source and no date
    mvc.perform(get("/api/v1/species?q=gyrfalcon").with(applicant("811201401188")))
        .andExpect(jsonPath("$.items[0].listings[0].appendix").value("I"))
        .andExpect(jsonPath("$.items[0].listings[0].source", containsString("Appendix I")))
        .andExpect(jsonPath("$.items[0].listings[0].listedSince").doesNotExist());
  }
}

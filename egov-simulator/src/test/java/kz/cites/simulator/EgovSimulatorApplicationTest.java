package kz.cites.simulator;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class EgovSimulatorApplicationTest {

  @Autowired MockMvc mvc;

  @Test
  void listsThePersonasWithTheirRolesAndFacts() throws Exception {
    mvc.perform(get("/sim/personas"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.iin == '811201401188')].roles[0]").value("APPLICANT"))
        .andExpect(jsonPath("$[?(@.iin == '811201401188')].name.lastName").value("Әбенова"))
        .andExpect(jsonPath("$[?(@.iin == '811201401188')].name.latin.lastName").value("Abenova"))
        .andExpect(jsonPath("$[?(@.iin == '680514304126')].bin").value("940140000385"))
        .andExpect(jsonPath("$[?(@.iin == '990909307412')].registered").value(false))
        .andExpect(jsonPath("$[?(@.iin == '470211300638')].alive").value(false))
        .andExpect(
            jsonPath("$[*].description", Matchers.everyItem(Matchers.not(Matchers.emptyString()))));
  }

  @Test
  void publishesItsOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/shep/sync']").exists())
        .andExpect(jsonPath("$.paths['/sim/idp/token']").exists())
        .andExpect(jsonPath("$.paths['/sim/faults/{registry}']").exists());
  }
}

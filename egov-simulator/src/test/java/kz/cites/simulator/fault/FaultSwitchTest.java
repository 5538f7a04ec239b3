package kz.cites.simulator.fault;

import static kz.cites.simulator.ShepCalls.shep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class FaultSwitchTest {

  private static final String CLEAN_PERSON = "{\"iin\": \"811201401188\"}";

  @Autowired MockMvc mvc;

  @AfterEach
  void resetFaults() throws Exception {
    mvc.perform(delete("/sim/faults")).andExpect(status().isNoContent());
  }

  @Test
  void aDownRegistryAnswers503UntilTheFaultsAreReset() throws Exception {
    fault("individuals", "{\"down\": true}").andExpect(status().isOk());

    shep(mvc, "GBDFL_PERSON", CLEAN_PERSON)
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.status.code").value("REGISTRY_UNAVAILABLE"));
    // Only the switched registry is down.
    shep(mvc, "GBDUL_ENTITY", "{\"bin\": \"940140000385\"}").andExpect(status().isOk());
    mvc.perform(get("/sim/faults"))
        .andExpect(jsonPath("$.individuals.down").value(true))
        .andExpect(jsonPath("$.courts.down").value(false));

    mvc.perform(delete("/sim/faults")).andExpect(status().isNoContent());

    shep(mvc, "GBDFL_PERSON", CLEAN_PERSON).andExpect(status().isOk());
    mvc.perform(get("/sim/faults")).andExpect(jsonPath("$.individuals.down").value(false));
  }

  @Test
  void anErrorRateOfOneFailsEveryCall() throws Exception {
    fault("payments", "{\"errorRate\": 1.0}");

    for (int i = 0; i < 5; i++) {
      shep(mvc, "PAYMENT_RECEIPTS", "{\"payerId\": \"811201401188\"}")
          .andExpect(status().isInternalServerError());
    }
  }

  @Test
  void aMalformedRegistryAnswers200WithABodyThatDoesNotParse() throws Exception {
    fault("courts", "{\"malformed\": true}");

    String body =
        shep(mvc, "COURT_RECORDS", CLEAN_PERSON)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThatThrownBy(() -> JsonMapper.builder().build().readTree(body))
        .isInstanceOf(JacksonException.class);
  }

  @Test
  void latencyDelaysTheAnswer() throws Exception {
    fault("hunting-permits", "{\"latencyMs\": 300}");

    long started = System.nanoTime();
    shep(mvc, "HUNTING_PERMITS", "{\"permitNumber\": \"HP-2026-000417\"}")
        .andExpect(status().isOk());

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void anUnknownRegistryIsA404Problem() throws Exception {
    fault("cars", "{\"down\": true}")
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(
            jsonPath("$.type").value("https://cites.kz/problems/simulator/unknown-registry"));
  }

  @Test
  void anErrorRateAboveOneIsAProblemNamingTheField() throws Exception {
    fault("courts", "{\"errorRate\": 2.0}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("errorRate"));
  }

  private ResultActions fault(String registry, String body) throws Exception {
    return mvc.perform(
        put("/sim/faults/" + registry).contentType(MediaType.APPLICATION_JSON).content(body));
  }
}

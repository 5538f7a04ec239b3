package kz.cites.simulator.shep;

import static kz.cites.simulator.ShepCalls.shep;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ShepEndpointTest {

  @Autowired MockMvc mvc;

  @Test
  void individualsDatabaseKnowsTheCleanApplicantAndEchoesTheCorrelationId() throws Exception {
    String correlationId = UUID.randomUUID().toString();

    shep(mvc, "GBDFL_PERSON", "{\"iin\": \"811201401188\"}", "dev-secret", correlationId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.correlationId").value(correlationId))
        .andExpect(jsonPath("$.messageId").value(not(correlationId)))
        .andExpect(jsonPath("$.responseDate").isNotEmpty())
        .andExpect(jsonPath("$.status.code").value("OK"))
        .andExpect(jsonPath("$.payload.iin").value("811201401188"))
        // in Cyrillic as the real registry holds it, with the passport's Latin transliteration
        .andExpect(jsonPath("$.payload.lastName").value("Әбенова"))
        .andExpect(jsonPath("$.payload.firstName").value("Айгерім"))
        .andExpect(jsonPath("$.payload.middleName").value("Серікқызы"))
        .andExpect(jsonPath("$.payload.lastNameLatin").value("Abenova"))
        .andExpect(jsonPath("$.payload.firstNameLatin").value("Aigerim"))
        .andExpect(jsonPath("$.payload.birthDate").value("1981-12-01"))
        .andExpect(jsonPath("$.payload.alive").value(true))
        .andExpect(jsonPath("$.payload.deathDate").value(nullValue()));
  }

  @Test
  void individualsDatabaseReportsTheDeceased() throws Exception {
    shep(mvc, "GBDFL_PERSON", "{\"iin\": \"470211300638\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status.code").value("OK"))
        .andExpect(jsonPath("$.payload.alive").value(false))
        .andExpect(jsonPath("$.payload.deathDate").value("2024-09-03"));
  }

  @Test
  void individualsDatabaseDoesNotKnowTheUnregisteredIin() throws Exception {
    shep(mvc, "GBDFL_PERSON", "{\"iin\": \"990909307412\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status.code").value("NOT_FOUND"))
        .andExpect(jsonPath("$.payload").value(nullValue()));
  }

  @Test
  void anIinWithABadCheckDigitIsAnInvalidRequest() throws Exception {
    shep(mvc, "GBDFL_PERSON", "{\"iin\": \"811201401189\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status.code").value("INVALID_REQUEST"))
        .andExpect(jsonPath("$.status.message").value(org.hamcrest.Matchers.containsString("iin")));
  }

  @Test
  void wrongSenderPasswordIsRefused() throws Exception {
    shep(mvc, "GBDFL_PERSON", "{\"iin\": \"811201401188\"}", "guess", UUID.randomUUID().toString())
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.status.code").value("AUTH_FAILED"))
        .andExpect(jsonPath("$.payload").value(nullValue()));
  }

  @Test
  void unknownServiceIdIsAnInvalidRequest() throws Exception {
    shep(mvc, "GBD_CARS", "{\"iin\": \"811201401188\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status.code").value("INVALID_REQUEST"));
  }

  @Test
  void envelopeWithoutIdsIsAnInvalidRequest() throws Exception {
    mvc.perform(
            post("/shep/sync")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"serviceId": "GBDFL_PERSON", "messageDate": "yesterday",
                     "sender": {"senderId": "cites-permits", "password": "dev-secret"},
                     "payload": {"iin": "811201401188"}}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status.code").value("INVALID_REQUEST"))
        .andExpect(
            jsonPath("$.status.message")
                .value(
                    org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("messageId"),
                        org.hamcrest.Matchers.containsString("correlationId"),
                        org.hamcrest.Matchers.containsString("messageDate"))));
  }

  @Test
  void bodyThatIsNotJsonStillGetsAnEnvelope() throws Exception {
    mvc.perform(post("/shep/sync").contentType(MediaType.APPLICATION_JSON).content("<soap/>"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status.code").value("INVALID_REQUEST"));
  }

  @Test
  void legalEntitiesDatabaseShowsTheLiquidatedCompany() throws Exception {
    shep(mvc, "GBDUL_ENTITY", "{\"bin\": \"050640003212\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.payload.status").value("LIQUIDATED"))
        .andExpect(jsonPath("$.payload.headIin").value("751130301955"));

    shep(mvc, "GBDUL_ENTITY", "{\"bin\": \"940140000385\"}")
        .andExpect(jsonPath("$.payload.status").value("ACTIVE"))
        .andExpect(jsonPath("$.payload.attorneyIins[0]").value("900322405274"));

    shep(mvc, "GBDUL_ENTITY", "{\"bin\": \"990140004654\"}")
        .andExpect(jsonPath("$.status.code").value("NOT_FOUND"));
  }

  @Test
  void entrepreneurRegistryKnowsTheEntrepreneurOnly() throws Exception {
    shep(mvc, "IP_REGISTRY", "{\"iin\": \"850719302180\"}")
        .andExpect(jsonPath("$.payload.registered").value(true))
        .andExpect(jsonPath("$.payload.active").value(true));

    shep(mvc, "IP_REGISTRY", "{\"iin\": \"811201401188\"}")
        .andExpect(jsonPath("$.status.code").value("OK"))
        .andExpect(jsonPath("$.payload.registered").value(false));

    shep(mvc, "IP_REGISTRY", "{\"iin\": \"990909307412\"}")
        .andExpect(jsonPath("$.status.code").value("NOT_FOUND"));
  }

  @Test
  void huntingPermitRegistryAnswersForTheHolderOnly() throws Exception {
    shep(
            mvc,
            "HUNTING_PERMITS",
            "{\"permitNumber\": \"HP-2026-000417\", \"holderIin\": \"721002305887\"}")
        .andExpect(jsonPath("$.status.code").value("OK"))
        .andExpect(jsonPath("$.payload.species[0]").value("Ovis ammon"))
        .andExpect(jsonPath("$.payload.validTo").value("2030-01-31"));

    shep(
            mvc,
            "HUNTING_PERMITS",
            "{\"permitNumber\": \"HP-2024-000981\", \"holderIin\": \"880125306299\"}")
        .andExpect(jsonPath("$.payload.validTo").value("2025-01-31"));

    shep(
            mvc,
            "HUNTING_PERMITS",
            "{\"permitNumber\": \"HP-2026-000417\", \"holderIin\": \"811201401188\"}")
        .andExpect(jsonPath("$.status.code").value("NOT_FOUND"));
  }

  @Test
  void courtRecordsListTheBanAndNothingForACleanPerson() throws Exception {
    shep(mvc, "COURT_RECORDS", "{\"iin\": \"790405303376\"}")
        .andExpect(jsonPath("$.status.code").value("OK"))
        .andExpect(jsonPath("$.payload.rulings", hasSize(1)))
        .andExpect(jsonPath("$.payload.rulings[0].kind").value("ACTIVITY_BAN"))
        .andExpect(jsonPath("$.payload.rulings[0].until").value("2029-06-10"));

    shep(mvc, "COURT_RECORDS", "{\"iin\": \"811201401188\"}")
        .andExpect(jsonPath("$.status.code").value("OK"))
        .andExpect(jsonPath("$.payload.rulings", hasSize(0)));

    shep(mvc, "COURT_RECORDS", "{\"bin\": \"940140000385\"}")
        .andExpect(jsonPath("$.payload.rulings", hasSize(0)));
  }
}

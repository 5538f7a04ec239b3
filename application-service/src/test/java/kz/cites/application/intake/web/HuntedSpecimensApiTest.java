package kz.cites.application.intake.web;

import static kz.cites.application.Callers.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Specimens taken from the wild in Kazakhstan, as the hunting registry means them (domain.md
 * section 5, "hunting permits"): the line names the hunting permit, the day the specimens were
 * taken (not in the future) and how many animals they come from (at least one, at most one per
 * specimen). The permit's data come from the registry, so no copy of it is asked for. The tests'
 * today is 20 March 2026.
 */
class HuntedSpecimensApiTest extends IntakeApiTest {

  @Test
  void aTrophyIsCompleteWithThePermitNumberTheDateOfTakingAndTheAnimalsAndNoCopy()
      throws Exception {
    String location =
        created(
            Drafts.export()
                .purpose("H")
                .specimen(Drafts.argaliTrophy().takenOn(null).animals(null)));
    submit(location)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "incomplete-application"))
        .andExpect(
            jsonPath("$.missing[*].item")
                .value(
                    containsInAnyOrder(
                        "CONTRACT", "SCIENTIFIC_OPINION", "TAKEN_ON", "ANIMAL_COUNT")))
        .andExpect(jsonPath("$.missing[*].field").value(hasItem("specimens[0].takenOn")))
        .andExpect(jsonPath("$.missing[*].field").value(hasItem("specimens[0].animalCount")));

    replace(location, Drafts.export().purpose("H").specimen(Drafts.argaliTrophy()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content.specimens[0].takenOn").value("2025-09-14"))
        .andExpect(jsonPath("$.content.specimens[0].animalCount").value(1))
        .andExpect(jsonPath("$.requirements[*].item").value(not(hasItem("HUNTING_PERMIT"))));
    attach(location, OWNER, "CONTRACT");
    attach(location, OWNER, "SCIENTIFIC_OPINION");
    submit(location).andExpect(status().isAccepted());

    // the other services learn the date of taking and the animals with the snapshot
    UUID id = idOf(location);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !published(id, "kz.cites.ApplicationSubmitted").isEmpty());
    JsonNode line =
        json.readTree(published(id, "kz.cites.ApplicationSubmitted").getFirst().value())
            .at("/application/specimens/0");
    assertThat(line.path("huntingPermitNumber").asString()).isEqualTo("HP-2025-000417");
    assertThat(line.path("takenOn").asString()).isEqualTo("2025-09-14");
    assertThat(line.path("animalCount").asInt()).isEqualTo(1);
  }

  @Test
  void aSpecimenIsNotTakenInTheFutureButMayHaveBeenTakenSeasonsAgo() throws Exception {
    create(Drafts.export().purpose("H").specimen(Drafts.argaliTrophy().takenOn("2026-03-21")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(jsonPath("$.errors[0].field").value("specimens[0].takenOn"))
        .andExpect(jsonPath("$.errors[0].rule").value("PastOrPresent"));
    create(Drafts.export().purpose("H").specimen(Drafts.argaliTrophy().takenOn("2026-03-20")))
        .andExpect(status().isCreated());
    create(Drafts.export().purpose("H").specimen(Drafts.argaliTrophy().takenOn("2023-10-01")))
        .andExpect(status().isCreated());
  }

  @Test
  void theSpecimensOfALineComeFromAtLeastOneAnimalAndAtMostOneEach() throws Exception {
    create(Drafts.export().purpose("H").specimen(Drafts.argaliTrophy().animals(0)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("specimens[0].animalCount"))
        .andExpect(jsonPath("$.errors[0].rule").value("Positive"));
    // the skin and the skull of one argali: two specimens, one animal
    create(
            Drafts.export()
                .purpose("H")
                .specimen(
                    Drafts.argaliTrophy()
                        .quantity(2)
                        .animals(1)
                        .marks("терісі мен бас сүйегі, бирка KZ-H-2025-017")))
        .andExpect(status().isCreated());
    // two specimens cannot come from three animals
    create(Drafts.export().purpose("H").specimen(Drafts.argaliTrophy().quantity(2).animals(3)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("specimens[0].animalCount"))
        .andExpect(jsonPath("$.errors[0].rule").value("SpecimenRules"));
    // with a unit the quantity is no number of specimens: 12.5 kg of meat of three argali
    create(
            Drafts.export()
                .purpose("H")
                .specimen(Drafts.argaliTrophy().term("MEA").quantity(12.5).unit("KIL").animals(3)))
        .andExpect(status().isCreated());
    // a part of an animal is no animal
    create(Drafts.export().purpose("H").specimen(Drafts.argaliTrophy().quantity(2).animals(1.5)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value(PROBLEMS + "validation"))
        .andExpect(jsonPath("$.errors[0].field").value("specimens[0].animalCount"))
        .andExpect(jsonPath("$.errors[0].rule").value("Digits"));
  }

  @Test
  void theOpenApiDescribesTheDateOfTakingAndTheAnimals() throws Exception {
    JsonNode line = read(get("/v3/api-docs")).at("/components/schemas/Specimen/properties");

    assertThat(line.at("/takenOn/format").asString()).isEqualTo("date");
    assertThat(line.at("/takenOn/example").asString()).isEqualTo("2024-12-10");
    // optional, so it may be null: OpenAPI 3.1's type list (platform/web's NullnessConverter)
    assertThat(line.at("/animalCount/type").toString()).isEqualTo("[\"integer\",\"null\"]");
    assertThat(line.at("/animalCount/minimum").asInt()).isEqualTo(1);
    assertThat(line.at("/animalCount/description").asString()).contains("animals, not parts");
  }

  @Test
  void aDraftStoredBeforeTheDateOfTakingAndTheAnimalsStillReadsAndAsksForThem() throws Exception {
    String location = created(Drafts.export().purpose("H").specimen(Drafts.argaliTrophy()));
    // as a draft of the earlier contract was stored: the members did not exist
    jdbc.sql(
            "update application set content = content #- '{specimens,0,takenOn}'"
                + " #- '{specimens,0,animalCount}' where id = :id")
        .param("id", idOf(location))
        .update();

    mvc.perform(get(location).with(applicant(OWNER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content.specimens[0].huntingPermitNumber").value("HP-2025-000417"))
        .andExpect(
            jsonPath("$.requirements[?(@.item == 'TAKEN_ON')].satisfied").value(hasItem(false)))
        .andExpect(
            jsonPath("$.requirements[?(@.item == 'ANIMAL_COUNT')].field")
                .value(hasItem("specimens[0].animalCount")));
    // why each is required, in the caller's language
    mvc.perform(get(location).header("Accept-Language", "kk").with(applicant(OWNER)))
        .andExpect(header().string("Content-Language", "kk"))
        .andExpect(
            jsonPath("$.requirements[?(@.item == 'TAKEN_ON')].reason")
                .value(
                    hasItem(
                        "Қазақстанда жабайы табиғаттан алынған (W + KZ): аулау күні, осы күні"
                            + " аулауға рұқсат күшінде болуы керек")));
    mvc.perform(get(location).header("Accept-Language", "en").with(applicant(OWNER)))
        .andExpect(
            jsonPath("$.requirements[?(@.item == 'TAKEN_ON')].reason")
                .value(
                    hasItem(
                        "Taken from the wild in Kazakhstan (W + KZ): the date of taking, on which"
                            + " the hunting permit must be valid")));
  }
}

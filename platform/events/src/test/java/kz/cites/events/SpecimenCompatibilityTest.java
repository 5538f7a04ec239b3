package kz.cites.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The specimen line of ApplicationSubmitted gained takenOn and animalCount (issue 12, hunting
 * permits): a line published before still reads, with the new fields null.
 */
class SpecimenCompatibilityTest {

  private final JsonMapper json =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void aSpecimenLineOfTheOldShapeReadsWithoutTheNewFields() {
    ApplicationSnapshot.Specimen old =
        json.readValue(
            """
            {"scientificName": "Canis lupus", "termCode": "TRO", "quantity": 1,
             "unitCode": null, "sourceCode": "W", "countryOfOrigin": "KZ",
             "originPermit": null, "huntingPermitNumber": "HP-2024-000981",
             "marks": "skull and skin, tag KZ-W-0042"}
            """,
            ApplicationSnapshot.Specimen.class);

    assertThat(old.wildFromKazakhstan()).isTrue();
    assertThat(old.huntingPermitNumber()).isEqualTo("HP-2024-000981");
    assertThat(old.takenOn()).isNull();
    assertThat(old.animalCount()).isNull();
  }
}

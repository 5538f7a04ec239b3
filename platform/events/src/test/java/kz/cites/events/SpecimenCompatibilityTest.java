package kz.cites.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The specimen line of ApplicationSubmitted gained takenOn and animalCount (issue 12, hunting
 * permits) and the fields of the permit's form boxes (issue 14: appendix, treated appendix, common
 * names, sex and age, the last re-export, the breeding operation; the transport's waybill): a line
 * published before still reads, with the new fields null.
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
    assertThat(old.appendix()).isNull();
    assertThat(old.treatedAsAppendix()).isNull();
    assertThat(old.commonNames()).isNull();
    assertThat(old.sex()).isNull();
    assertThat(old.age()).isNull();
    assertThat(old.lastReExport()).isNull();
    assertThat(old.breedingOperationNumber()).isNull();
  }

  @Test
  void aLineOfIssue12ReadsAndTheOldConstructorLeavesTheFormFieldsEmpty() {
    ApplicationSnapshot.Specimen issue12 =
        json.readValue(
            """
            {"scientificName": "Ovis ammon", "termCode": "TRO", "quantity": 1,
             "unitCode": null, "sourceCode": "W", "countryOfOrigin": "KZ",
             "originPermit": null, "huntingPermitNumber": "HP-2025-000417",
             "marks": null, "takenOn": "2025-09-14", "animalCount": 1}
            """,
            ApplicationSnapshot.Specimen.class);

    assertThat(issue12)
        .isEqualTo(
            new ApplicationSnapshot.Specimen(
                "Ovis ammon",
                "TRO",
                BigDecimal.ONE,
                null,
                "W",
                "KZ",
                null,
                "HP-2025-000417",
                null,
                LocalDate.of(2025, 9, 14),
                1));
  }

  @Test
  void aTransportOfTheOldShapeReadsWithoutAWaybill() {
    ApplicationSnapshot.Transport old =
        json.readValue(
            """
            {"borderCrossing": "Astana airport", "plannedDate": "2026-04-15"}
            """,
            ApplicationSnapshot.Transport.class);

    assertThat(old)
        .isEqualTo(new ApplicationSnapshot.Transport("Astana airport", LocalDate.of(2026, 4, 15)));
    assertThat(old.waybillNumber()).isNull();
  }

  @Test
  void theFormFieldsOfALineRoundTrip() {
    ApplicationSnapshot.Specimen line =
        new ApplicationSnapshot.Specimen(
            "Psittacus erithacus",
            "LIV",
            BigDecimal.ONE,
            null,
            "D",
            "ZA",
            new ApplicationSnapshot.OriginPermit(
                "ZA-EC-2025-000317", "ZA", LocalDate.of(2025, 5, 12)),
            null,
            "closed ring ZA-PE-2024-1187",
            null,
            null,
            "I",
            "II",
            new ApplicationSnapshot.CommonNames("Сұр тоты", "Жако; серый попугай", "Grey parrot"),
            "male",
            "14 months",
            new ApplicationSnapshot.ReExportCertificate(
                "AE-RE-2026-0093", "AE", LocalDate.of(2026, 1, 20)),
            "A-ZA-523");

    assertThat(json.readValue(json.writeValueAsString(line), ApplicationSnapshot.Specimen.class))
        .isEqualTo(line);
  }
}

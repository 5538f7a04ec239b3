package kz.cites.application.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one table of required documents and data, case by case. */
class RequiredDocumentsTest {

  @ParameterizedTest(name = "{0} {1} purpose {2} source {3} from {4}, origin permit {5}")
  @CsvSource(
      delimiter = ';',
      value = {
        "EXPORT; II; P; C; KZ; false; SCIENTIFIC_OPINION",
        "EXPORT; II; T; C; KZ; false; CONTRACT SCIENTIFIC_OPINION",
        "EXPORT; I; T; C; KZ; false; CONTRACT DESTINATION_IMPORT_PERMIT SCIENTIFIC_OPINION",
        // Art. VII.4: Appendix I bred by a registered operation counts as II, no import permit
        "EXPORT; I; T; D; KZ; false; CONTRACT SCIENTIFIC_OPINION",
        "RE_EXPORT; I; T; D; DE; true; CONTRACT SCIENTIFIC_OPINION",
        "IMPORT; I; Z; C; DE; false; CONTRACT FOREIGN_EXPORT_DOCUMENT SCIENTIFIC_OPINION",
        "IMPORT; III; P; W; DE; false; FOREIGN_EXPORT_DOCUMENT SCIENTIFIC_OPINION",
        // taken from the wild in Kazakhstan: the permit's number, the date of taking and the
        // animals; no copy of the hunting permit (the registry gives its data)
        "EXPORT; II; H; W; KZ; false; CONTRACT SCIENTIFIC_OPINION HUNTING_PERMIT_NUMBER TAKEN_ON"
            + " ANIMAL_COUNT",
        "IMPORT; II; H; W; DE; false; CONTRACT FOREIGN_EXPORT_DOCUMENT SCIENTIFIC_OPINION",
        "RE_EXPORT; II; P; C; DE; false; SCIENTIFIC_OPINION ORIGIN_PERMIT",
        "RE_EXPORT; I; P; C; DE; true; DESTINATION_IMPORT_PERMIT SCIENTIFIC_OPINION",
      })
  void theTableDecidesFromTypeAppendixPurposeSourceAndOrigin(
      String permitType,
      String appendix,
      String purpose,
      String source,
      String origin,
      boolean originPermit,
      String expected) {
    var content = content(permitType, purpose, specimen(appendix, source, origin, originPermit));
    assertThat(RequiredDocuments.missing(content, Set.of()))
        .extracting(RequiredDocuments.Requirement::item)
        .containsExactlyInAnyOrder(expected.split(" "));
  }

  @Test
  void oneUploadMeetsTheRequirementOfEveryLineAndEitherForeignDocumentDoes() {
    var content =
        content("IMPORT", "Z", specimen("II", "C", "DE", false), specimen("I", "W", "KZ", false));
    var missing =
        RequiredDocuments.missing(
            content,
            Set.of(
                DocumentType.CONTRACT,
                DocumentType.FOREIGN_REEXPORT_CERTIFICATE,
                DocumentType.SCIENTIFIC_OPINION,
                DocumentType.HUNTING_PERMIT));
    assertThat(missing)
        .extracting(RequiredDocuments.Requirement::item, RequiredDocuments.Requirement::field)
        .containsExactly(
            tuple("HUNTING_PERMIT_NUMBER", "specimens[1].huntingPermitNumber"),
            tuple("TAKEN_ON", "specimens[1].takenOn"),
            tuple("ANIMAL_COUNT", "specimens[1].animalCount"));
  }

  @Test
  void aTrophyTakenInKazakhstanNeedsThePermitNumberTheDateAndTheAnimalsButNoCopy() {
    var argali =
        new ApplicationContent.Specimen(
            "Ovis ammon",
            "TRO",
            BigDecimal.ONE,
            null,
            "W",
            "KZ",
            null,
            "HP-2026-000417",
            LocalDate.of(2026, 9, 14),
            BigDecimal.ONE,
            "horns and skin, tag KZ-H-2026-017",
            null,
            null,
            "II");
    var content = content("EXPORT", "H", argali);

    assertThat(
            RequiredDocuments.missing(
                content, Set.of(DocumentType.CONTRACT, DocumentType.SCIENTIFIC_OPINION)))
        .isEmpty();
    assertThat(RequiredDocuments.of(content, Set.of()))
        .extracting(RequiredDocuments.Requirement::item)
        .doesNotContain("HUNTING_PERMIT")
        .contains("HUNTING_PERMIT_NUMBER", "TAKEN_ON", "ANIMAL_COUNT");
  }

  static ApplicationContent content(
      String permitType, String purpose, ApplicationContent.Specimen... specimens) {
    return new ApplicationContent(
        permitType,
        new ApplicationContent.Applicant(
            "INDIVIDUAL", "811201401188", null, "A", "Almaty", null, null),
        purpose,
        new ApplicationContent.Party("B", "Berlin", "DE"),
        List.of(specimens),
        null,
        true);
  }

  static ApplicationContent.Specimen specimen(
      String appendix, String source, String origin, boolean originPermit) {
    return new ApplicationContent.Specimen(
        "Falco cherrug",
        "LIV",
        BigDecimal.ONE,
        null,
        source,
        origin,
        originPermit
            ? new ApplicationContent.OriginPermit("DE123", "DE", LocalDate.of(2025, 1, 1))
            : null,
        null,
        null,
        null,
        null,
        null,
        null,
        appendix);
  }
}

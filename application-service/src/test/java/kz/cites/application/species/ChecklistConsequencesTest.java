package kz.cites.application.species;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.ContentRules;
import kz.cites.application.intake.domain.IntakeRuleViolation;
import kz.cites.application.intake.domain.RequiredDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the checklist's appendix means for an applicant, with the shipped fixture: the Appendix I
 * species of the rulings (domain.md section 5) need the destination's import permit on export
 * (CITES Art. III) and cannot be imported for commercial purposes. With the earlier fixture, which
 * had them in Appendix II, neither held.
 */
class ChecklistConsequencesTest {

  private static final SpeciesLookup LOOKUP =
      SpeciesChecklistTest.lookup(SpeciesChecklistTest.FIXTURE);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @ParameterizedTest
  @ValueSource(strings = {"Falco peregrinus", "Falco rusticolus", "Andrias davidianus"})
  void anExportNeedsTheDestinationsImportPermit(String name) {
    ApplicationContent content = content("EXPORT", "Z", listed(name, "KZ"));
    assertThat(RequiredDocuments.missing(content, Set.of()))
        .extracting(RequiredDocuments.Requirement::item)
        .contains("DESTINATION_IMPORT_PERMIT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Falco peregrinus", "Falco rusticolus", "Andrias davidianus"})
  void aCommercialImportIsRefused(String name) {
    ApplicationContent content = content("IMPORT", "T", listed(name, "AE"));
    assertThatThrownBy(() -> ContentRules.check(content, TODAY))
        .isInstanceOfSatisfying(
            IntakeRuleViolation.class,
            v ->
                assertThat(v.rule())
                    .isEqualTo(IntakeRuleViolation.Rule.APPENDIX_I_COMMERCIAL_IMPORT));
  }

  /** A specimen line as intake stores it: accepted name and appendix from the checklist. */
  private static ApplicationContent.Specimen listed(String name, String origin) {
    var resolution = LOOKUP.resolve(name, origin).orElseThrow();
    return new ApplicationContent.Specimen(
            name,
            "LIV",
            BigDecimal.ONE,
            null,
            "C",
            origin,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "II")
        .listedAs(resolution.acceptedName(), resolution.appendix().name(), null);
  }

  private static ApplicationContent content(
      String permitType, String purpose, ApplicationContent.Specimen specimen) {
    return new ApplicationContent(
        permitType,
        new ApplicationContent.Applicant(
            "INDIVIDUAL", "811201401188", null, "A", "Almaty", null, null),
        purpose,
        new ApplicationContent.Party("B", "Berlin", "DE"),
        List.of(specimen),
        null,
        true);
  }
}

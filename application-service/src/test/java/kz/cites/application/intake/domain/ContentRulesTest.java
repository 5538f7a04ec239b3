package kz.cites.application.intake.domain;

import static kz.cites.application.intake.domain.RequiredDocumentsTest.content;
import static kz.cites.application.intake.domain.RequiredDocumentsTest.specimen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import kz.cites.application.intake.domain.IntakeRuleViolation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The content rules across fields: origin and permit type, the treated appendix and purpose. */
class ContentRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

  @Test
  void anExportOfForeignSpecimensIsAReExportNamingEveryForeignLine() {
    var content =
        content(
            "EXPORT",
            "T",
            specimen("II", "C", "KZ", false),
            specimen("II", "C", "UZ", false),
            specimen("II", "W", "MN", false));

    IntakeRuleViolation violation =
        catchThrowableOfType(IntakeRuleViolation.class, () -> ContentRules.check(content, TODAY));

    assertThat(violation.rule()).isEqualTo(Rule.RE_EXPORT_REQUIRED);
    assertThat(violation.field()).isEqualTo("permitType");
    assertThat(violation.details().stream().map(Object::toString))
        .containsExactly("specimens[1].countryOfOrigin", "specimens[2].countryOfOrigin");
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource({"RE_EXPORT, UZ", "EXPORT, KZ", "IMPORT, UZ"})
  void onlyAnExportMustOriginateInKazakhstan(String permitType, String origin) {
    var content = content(permitType, "Z", specimen("II", "C", origin, true));

    assertThatNoException().isThrownBy(() -> ContentRules.check(content, TODAY));
  }

  @ParameterizedTest(name = "Appendix {0} source {1}: commercial import allowed {2}")
  @CsvSource({"I, C, false", "I, W, false", "I, D, true", "II, C, true"})
  void appendixIBredByARegisteredOperationMayBeImportedCommercially(
      String appendix, String source, boolean allowed) {
    var content = content("IMPORT", "T", specimen(appendix, source, "DE", false));

    IntakeRuleViolation violation =
        catchThrowableOfType(IntakeRuleViolation.class, () -> ContentRules.check(content, TODAY));

    if (allowed) {
      assertThat(violation).isNull();
    } else {
      assertThat(violation.rule()).isEqualTo(Rule.APPENDIX_I_COMMERCIAL_IMPORT);
    }
  }

  @Test
  void aSpecimenIsNotTakenFromTheWildInTheFuture() {
    var content = content("EXPORT", "H", wolfTakenOn(TODAY.plusDays(1)));

    IntakeRuleViolation violation =
        catchThrowableOfType(IntakeRuleViolation.class, () -> ContentRules.check(content, TODAY));

    assertThat(violation.rule()).isEqualTo(Rule.INVALID_CONTENT);
    assertThat(violation.field()).isEqualTo("specimens[0].takenOn");
    assertThat(violation.details())
        .singleElement()
        .isEqualTo(
            new IntakeRuleViolation.FieldRule(
                "specimens[0].takenOn", "PastOrPresent", "field.takenOn.past", TODAY));
  }

  @ParameterizedTest(name = "taken on {0}")
  @CsvSource({
    // today, and a wolf of the 2024/25 season exported long after it ended
    "2026-03-20",
    "2024-12-10"
  })
  void aSpecimenTakenTodayOrSeasonsAgoMayBeExported(LocalDate takenOn) {
    var content = content("EXPORT", "H", wolfTakenOn(takenOn));

    assertThatNoException().isThrownBy(() -> ContentRules.check(content, TODAY));
  }

  private static ApplicationContent.Specimen wolfTakenOn(LocalDate takenOn) {
    return new ApplicationContent.Specimen(
        "Canis lupus",
        "TRO",
        java.math.BigDecimal.ONE,
        null,
        "W",
        "KZ",
        null,
        "HP-2024-000981",
        takenOn,
        java.math.BigDecimal.ONE,
        "бас сүйек пен терісі, бирка KZ-W-0042",
        null,
        null,
        "II");
  }

  @ParameterizedTest(name = "listed {0}, source {1} -> treated as {2}")
  @CsvSource({"I, D, II", "I, C, I", "I, W, I", "II, D, II", "III, D, III"})
  void theTreatedAppendix(String listed, String source, String treated) {
    assertThat(TreatedAppendix.of(listed, source)).isEqualTo(treated);
  }
}

package kz.cites.verification.checks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hunting permit as the hunting registry means it (domain.md section 5): held by the applicant,
 * for the species, valid on the day each specimen was taken (not on the day it is exported), and
 * counting animals, not parts.
 */
class RegisteredHuntingPermitTest {

  static final String AKHMETOV = "880125306299";
  static final String BAIMUKHANOV = "721002305887";

  /** The wolf permit of the 2024/25 season: two wolves, 1 Sep 2024 to 31 Jan 2025. */
  static final RegisteredHuntingPermit WOLVES_2024_25 =
      new RegisteredHuntingPermit(
          "HP-2024-000981",
          AKHMETOV,
          List.of("Canis lupus"),
          BigDecimal.valueOf(2),
          LocalDate.of(2024, 9, 1),
          LocalDate.of(2025, 1, 31));

  /** One argali. */
  static final RegisteredHuntingPermit ARGALI =
      new RegisteredHuntingPermit(
          "HP-2026-000417",
          BAIMUKHANOV,
          List.of("Ovis ammon"),
          BigDecimal.ONE,
          LocalDate.of(2026, 8, 1),
          LocalDate.of(2030, 1, 31));

  /** Long after the wolf season: when the trophy is exported. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void aTrophyTakenInTheSeasonAndExportedAfterItIsCovered() {
    var wolf = wolf("2024-12-10", 1);

    assertThat(WOLVES_2024_25.judge(AKHMETOV, List.of(wolf), TODAY)).isEmpty();
  }

  @ParameterizedTest(name = "taken on {0}: covered {1}")
  @CsvSource({
    "2024-08-31, false",
    "2024-09-01, true",
    "2025-01-31, true",
    "2025-02-01, false",
    "2025-03-10, false"
  })
  void theDayOfTakingMustLieWithinTheValidity(LocalDate takenOn, boolean covered) {
    var defect = WOLVES_2024_25.judge(AKHMETOV, List.of(wolf(takenOn.toString(), 1)), TODAY);

    if (covered) {
      assertThat(defect).isEmpty();
    } else {
      assertThat(defect)
          .get()
          .satisfies(
              d -> {
                assertThat(d.finding()).isEqualTo(RegistryFinding.TAKEN_OUTSIDE_PERMIT_VALIDITY);
                assertThat(d.reason()).contains("taken on " + takenOn).contains("2024-09-01");
              });
    }
  }

  @Test
  void theSkinAndTheSkullOfOneArgaliAreOneAnimal() {
    var skinAndSkull =
        new HuntedSpecimen(
            "HP-2026-000417", "Ovis ammon", BigDecimal.valueOf(2), LocalDate.of(2026, 9, 14), 1);

    assertThat(ARGALI.judge(BAIMUKHANOV, List.of(skinAndSkull), TODAY)).isEmpty();
  }

  @Test
  void theAnimalsOfEveryLineNamingThePermitAreAddedUp() {
    assertThat(
            WOLVES_2024_25.judge(
                AKHMETOV, List.of(wolf("2024-11-02", 1), wolf("2024-12-10", 1)), TODAY))
        .isEmpty();

    var defect =
        WOLVES_2024_25.judge(
            AKHMETOV, List.of(wolf("2024-11-02", 2), wolf("2024-12-10", 1)), TODAY);

    assertThat(defect)
        .get()
        .satisfies(
            d -> {
              assertThat(d.finding()).isEqualTo(RegistryFinding.ANIMALS_NOT_COVERED);
              assertThat(d.reason()).contains("covers 2 animal(s)").contains("come from 3");
            });
  }

  @Test
  void anotherHolderOrAnotherSpeciesIsNotCovered() {
    assertThat(WOLVES_2024_25.judge(BAIMUKHANOV, List.of(wolf("2024-12-10", 1)), TODAY))
        .get()
        .extracting(RegisteredHuntingPermit.Defect::finding)
        .isEqualTo(RegistryFinding.HUNTING_PERMIT_OF_ANOTHER_HOLDER);
    var corsac =
        new HuntedSpecimen(
            "HP-2024-000981", "Vulpes corsac", BigDecimal.ONE, LocalDate.of(2024, 12, 10), 1);
    assertThat(WOLVES_2024_25.judge(AKHMETOV, List.of(corsac), TODAY))
        .get()
        .extracting(RegisteredHuntingPermit.Defect::finding)
        .isEqualTo(RegistryFinding.SPECIES_NOT_COVERED);
  }

  @Test
  void aLineFiledBeforeTheDateOfTakingWasAskedPassesOnlyWhileThePermitIsValid() {
    // an application submitted before issue 12: no date of taking, the quantity read as animals
    var oldArgali = new HuntedSpecimen("HP-2026-000417", "Ovis ammon", BigDecimal.ONE, null, null);
    var oldWolf = new HuntedSpecimen("HP-2024-000981", "Canis lupus", BigDecimal.ONE, null, null);

    assertThat(ARGALI.judge(BAIMUKHANOV, List.of(oldArgali), TODAY)).isEmpty();
    assertThat(WOLVES_2024_25.judge(AKHMETOV, List.of(oldWolf), TODAY))
        .get()
        .satisfies(
            d -> {
              assertThat(d.finding()).isEqualTo(RegistryFinding.TAKING_DATE_NOT_CONFIRMED);
              assertThat(d.reason()).contains("does not say when").contains("2026-12-06");
            });
    var twoOldArgali =
        new HuntedSpecimen("HP-2026-000417", "Ovis ammon", BigDecimal.valueOf(2), null, null);
    assertThat(ARGALI.judge(BAIMUKHANOV, List.of(twoOldArgali), TODAY))
        .get()
        .extracting(RegisteredHuntingPermit.Defect::finding)
        .isEqualTo(RegistryFinding.ANIMALS_NOT_COVERED);
  }

  private static HuntedSpecimen wolf(String takenOn, int animals) {
    return new HuntedSpecimen(
        "HP-2024-000981",
        "Canis lupus",
        BigDecimal.valueOf(animals),
        LocalDate.parse(takenOn),
        animals);
  }
}

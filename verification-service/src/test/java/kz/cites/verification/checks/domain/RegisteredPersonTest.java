package kz.cites.verification.checks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import kz.cites.events.RefusalGround;
import org.junit.jupiter.api.Test;

/** The individuals database's record: its name is the applicant's, in Cyrillic and in Latin. */
class RegisteredPersonTest {

  static final Instant AT = Instant.parse("2026-03-20T14:00:03Z");

  RegisteredPerson abenova =
      new RegisteredPerson(
          "811201401188",
          "Әбенова",
          "Айгерім",
          "Серікқызы",
          "Abenova",
          "Aigerim",
          "Serikqyzy",
          LocalDate.of(1981, 12, 1),
          true,
          null);

  @Test
  void aLivingPersonPassesWithTheNameAsTheRegistryHoldsIt() {
    CheckOutcome outcome = abenova.judge("msg-1", AT);

    assertThat(outcome.status()).isEqualTo(CheckStatus.PASSED);
    assertThat(outcome.registeredName())
        .isEqualTo(new RegisteredName("Әбенова Айгерім Серікқызы", "Abenova Aigerim Serikqyzy"));
    assertThat(outcome.reason()).contains("Әбенова Айгерім Серікқызы");
  }

  @Test
  void aDeceasedPersonFailsOnGroundOneWithTheRegisteredName() {
    var deceased =
        new RegisteredPerson(
            "470211300638",
            "Нұрпейісов",
            "Бақыт",
            "Аманұлы",
            "Nurpeisov",
            "Bakhyt",
            "Amanuly",
            LocalDate.of(1947, 2, 11),
            false,
            LocalDate.of(2025, 2, 1));

    CheckOutcome outcome = deceased.judge("msg-2", AT);

    assertThat(outcome.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.UNRELIABLE_DATA);
    assertThat(outcome.registeredName().name()).isEqualTo("Нұрпейісов Бақыт Аманұлы");
  }

  @Test
  void aNameWithoutPatronymicOrLatinFormStaysWhole() {
    var withoutMiddle =
        new RegisteredPerson(
            "921212308469", "Ким", "Владислав", null, null, null, null, null, true, null);

    assertThat(withoutMiddle.name()).isEqualTo(new RegisteredName("Ким Владислав", null));
  }
}

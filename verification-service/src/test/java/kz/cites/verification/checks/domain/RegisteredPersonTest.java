package kz.cites.verification.checks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegisteredPersonTest {

  RegisteredPerson abenova =
      new RegisteredPerson(
          "811201401188", "Abenova", "Aigerim", "Serikovna", LocalDate.of(1981, 12, 1), true, null);

  @Test
  void namesMatchInAnyOrderAnyCaseWithOrWithoutTheMiddleName() {
    assertThat(abenova.bears("Aigerim Abenova")).isTrue();
    assertThat(abenova.bears("ABENOVA aigerim")).isTrue();
    assertThat(abenova.bears("  Abenova  Aigerim Serikovna ")).isTrue();
    assertThat(abenova.bears("Serikovna Aigerim Abenova")).isTrue();
  }

  @Test
  void anotherOrIncompleteNameDoesNotMatch() {
    assertThat(abenova.bears("Aigerim")).isFalse();
    assertThat(abenova.bears("Aigerim Abenova Bolatovna")).isFalse();
    assertThat(abenova.bears("Aigerim Abenova Abenova")).isFalse();
    assertThat(abenova.bears("Dana Omarova")).isFalse();
    assertThat(abenova.bears("")).isFalse();
  }
}

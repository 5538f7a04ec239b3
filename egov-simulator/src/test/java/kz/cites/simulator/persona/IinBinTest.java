package kz.cites.simulator.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IinBinTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "811201401188",
        "061211600012",
        "940140000385",
        "990140004654",
        "971240001315",
        // first weight set gives 10, the second gives the check digit
        "811201400102"
      })
  void acceptsNumbersWithTheRightCheckDigit(String number) {
    assertThat(IinBin.isValid(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "811201401189",
        "811201401180",
        "940140000384",
        "81120140118",
        "8112014011880",
        "81120140118a",
        "",
        // both weight sets give 10: no check digit exists, whatever the last digit
        "811201400140",
        "811201400141"
      })
  void rejectsEverythingElse(String number) {
    assertThat(IinBin.isValid(number)).isFalse();
  }

  @Test
  void rejectsNull() {
    assertThat(IinBin.isValid(null)).isFalse();
  }

  @Test
  void readsTheBirthDateAndCenturyFromAnIin() {
    assertThat(IinBin.birthDateOf("811201401188")).contains(LocalDate.of(1981, 12, 1));
    assertThat(IinBin.birthDateOf("061211600012")).contains(LocalDate.of(2006, 12, 11));
    assertThat(IinBin.birthDateOf("811201401189")).isEmpty();
  }
}

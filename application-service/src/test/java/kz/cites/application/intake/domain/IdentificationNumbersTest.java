package kz.cites.application.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentificationNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"811201401188", "061211600012"})
  void acceptsValidIins(String iin) {
    assertThat(IdentificationNumbers.isValid(iin)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"940140000385", "990140004654", "971240001315"})
  void acceptsValidBins(String bin) {
    assertThat(IdentificationNumbers.isValid(bin)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "811201401187", // wrong check digit
        "061211600013",
        "940140000386",
        "81120140118", // 11 digits
        "8112014011880", // 13 digits
        "81120140118a",
        " 811201401188"
      })
  @NullAndEmptySource
  void rejectsWrongCheckDigitsAndShapes(String number) {
    assertThat(IdentificationNumbers.isValid(number)).isFalse();
  }

  @Test
  void usesTheSecondWeightsWhenTheFirstSumGivesTen() {
    // digit 10 alone: first sum 10, second sum 1 * 1 = 1, so the check digit is 1
    assertThat(IdentificationNumbers.isValid("000000000101")).isTrue();
    assertThat(IdentificationNumbers.isValid("000000000100")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000000010910", "000000010911", "000000010919"})
  void rejectsNumbersWhoseBothSumsGiveTen(String number) {
    assertThat(IdentificationNumbers.isValid(number)).isFalse();
  }
}

package kz.cites.application.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationNumberTest {

  @ParameterizedTest
  @CsvSource({
    "2026, 1, CITES-2026-000001",
    "2026, 42, CITES-2026-000042",
    "2027, 999999, CITES-2027-999999"
  })
  void yearAndSixDigitSerial(int year, long serial, String number) {
    assertThat(RegistrationNumber.of(year, serial)).isEqualTo(number);
  }

  @Test
  void theSeventhDigitIsNotCutOff() {
    assertThat(RegistrationNumber.of(2026, 1_000_000)).isEqualTo("CITES-2026-1000000");
  }

  @Test
  void aSerialStartsAtOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> RegistrationNumber.of(2026, 0));
  }

  @Test
  void thePortFormatsWhatTheSequenceHandsOut() {
    RegistrationNumbers sequence = year -> 7;

    assertThat(sequence.next(2026)).isEqualTo("CITES-2026-000007");
  }
}

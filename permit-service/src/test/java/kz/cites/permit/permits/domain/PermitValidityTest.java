package kz.cites.permit.permits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.cites.events.PermitType;
import org.junit.jupiter.api.Test;

class PermitValidityTest {

  @Test
  void exportAndReExportAreValidSixMonths() {
    LocalDate issued = LocalDate.of(2026, 3, 15);

    assertThat(PermitValidity.validUntil(PermitType.EXPORT, issued))
        .isEqualTo(LocalDate.of(2026, 9, 15));
    assertThat(PermitValidity.validUntil(PermitType.RE_EXPORT, issued))
        .isEqualTo(LocalDate.of(2026, 9, 15));
  }

  @Test
  void importIsValidTwelveMonths() {
    assertThat(PermitValidity.validUntil(PermitType.IMPORT, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2027, 3, 15));
  }

  @Test
  void aDayMissingInTheLastMonthBecomesItsLastDay() {
    assertThat(PermitValidity.validUntil(PermitType.EXPORT, LocalDate.of(2026, 8, 31)))
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(PermitValidity.validUntil(PermitType.IMPORT, LocalDate.of(2028, 2, 29)))
        .isEqualTo(LocalDate.of(2029, 2, 28));
  }

  @Test
  void numberIsYearCountryAndSixDigitSerial() {
    assertThat(PermitNumber.of(2026, 1)).isEqualTo("26KZ000001");
    assertThat(PermitNumber.of(2030, 123456)).isEqualTo("30KZ123456");
    assertThatThrownBy(() -> PermitNumber.of(2026, 1_000_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void securityCodesAreEightUnambiguousCharacters() {
    assertThat(SecurityCode.generate()).matches("[A-HJ-NP-Z2-9]{8}");
    assertThat(SecurityCode.generate()).isNotEqualTo(SecurityCode.generate());
  }
}

package kz.cites.fee.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import kz.cites.events.LocalizedText;
import org.junit.jupiter.api.Test;

class DutyTest {

  /** The figures of domain.md section 3, as the seed migration holds them. */
  private final Tariff tariff =
      new Tariff() {
        private final Map<Integer, BigDecimal> mci =
            Map.of(2025, new BigDecimal("3932"), 2026, new BigDecimal("4325"));

        @Override
        public Optional<BigDecimal> mci(int year) {
          return Optional.ofNullable(mci.get(year));
        }

        @Override
        public Optional<DutyRate> rateOn(LocalDate date) {
          return date.isBefore(LocalDate.of(2026, 1, 1))
              ? Optional.of(new DutyRate(2, reference("2017")))
              : Optional.of(new DutyRate(2, reference("2026")));
        }
      };

  @Test
  void lastDayOf2025UsesTheMciOf2025() {
    Duty duty = Duty.on(LocalDate.of(2025, 12, 31), tariff);

    assertThat(duty.amount()).isEqualTo(new BigDecimal("7864.00"));
    assertThat(duty.mciYear()).isEqualTo(2025);
    assertThat(duty.mciValue()).isEqualTo(new BigDecimal("3932.00"));
    assertThat(duty.currency()).isEqualTo("KZT");
    assertThat(duty.legalReference().en()).contains("2017");
  }

  @Test
  void earlyJanuary2026UsesTheMciOf2026() {
    Duty duty = Duty.on(LocalDate.of(2026, 1, 2), tariff);

    assertThat(duty.amount()).isEqualTo(new BigDecimal("8650.00"));
    assertThat(duty.amount().scale()).isEqualTo(2);
    assertThat(duty.mciYear()).isEqualTo(2026);
    assertThat(duty.multiplier()).isEqualTo(2);
    assertThat(duty.legalReference().en()).contains("2026");
  }

  @Test
  void aYearWithoutMciIsAnErrorNotAZeroDuty() {
    assertThatThrownBy(() -> Duty.on(LocalDate.of(2027, 1, 4), tariff))
        .isInstanceOf(TariffMissingException.class)
        .hasMessageContaining("MCI of 2027");
  }

  static LocalizedText reference(String code) {
    return new LocalizedText(
        "Салық кодексі (" + code + "), 2 АЕК",
        "Налоговый кодекс (" + code + "), 2 МРП",
        "Tax Code (" + code + "), 2 MCI");
  }
}

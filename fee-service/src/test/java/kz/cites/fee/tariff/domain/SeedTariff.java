package kz.cites.fee.tariff.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import kz.cites.events.LocalizedText;

/**
 * The tariff as the seed migration holds it (domain.md section 3): MCI 2025 = 3,932 (duty 7,864),
 * MCI 2026 = 4,325 (duty 8,650), 2 MCI under the 2017 Tax Code and the Tax Code of 2026. No other
 * year.
 */
public final class SeedTariff implements Tariff {

  private static final Map<Integer, BigDecimal> MCI =
      Map.of(2025, new BigDecimal("3932.00"), 2026, new BigDecimal("4325.00"));

  @Override
  public Optional<BigDecimal> mci(int year) {
    return Optional.ofNullable(MCI.get(year));
  }

  @Override
  public Optional<DutyRate> rateOn(LocalDate date) {
    if (date.isBefore(LocalDate.of(2025, 1, 1))) {
      return Optional.empty();
    }
    return date.isBefore(LocalDate.of(2026, 1, 1))
        ? Optional.of(new DutyRate(2, reference("2017")))
        : Optional.of(new DutyRate(2, reference("2026")));
  }

  static LocalizedText reference(String code) {
    return new LocalizedText(
        "Салық кодексі (" + code + "), 2 АЕК",
        "Налоговый кодекс (" + code + "), 2 МРП",
        "Tax Code (" + code + "), 2 MCI");
  }
}

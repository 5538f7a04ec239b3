package kz.cites.fee.tariff.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import kz.cites.events.LocalizedText;

/**
 * The state duty of a payment made on a date (Tax Code: the MCI in force on the day of payment):
 * multiplier x MCI of that date's year, in tenge with two decimals. The assessment of an
 * application uses its registration date (what a payment made that day owes).
 */
public record Duty(
    BigDecimal amount,
    String currency,
    int mciYear,
    BigDecimal mciValue,
    int multiplier,
    LocalizedText legalReference) {

  public static final String CURRENCY = "KZT";

  /**
   * The duty on {@code date} by {@code tariff}.
   *
   * @throws TariffMissingException when the tariff has no MCI for the year or no rate for the date
   */
  public static Duty on(LocalDate date, Tariff tariff) {
    int year = date.getYear();
    BigDecimal mci =
        tariff.mci(year).orElseThrow(() -> new TariffMissingException(date, "The MCI of " + year));
    DutyRate rate =
        tariff.rateOn(date).orElseThrow(() -> new TariffMissingException(date, "The duty rate"));
    BigDecimal amount =
        mci.multiply(BigDecimal.valueOf(rate.multiplier())).setScale(2, RoundingMode.HALF_UP);
    return new Duty(
        amount,
        CURRENCY,
        year,
        mci.setScale(2, RoundingMode.HALF_UP),
        rate.multiplier(),
        rate.legalReference());
  }
}

package kz.cites.fee.tariff.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The tariff data: the MCI per year and the duty rate per period. Kept as data, never in code. */
public interface Tariff {

  /** The MCI set by the budget law for {@code year}, if it has been entered. */
  Optional<BigDecimal> mci(int year);

  /** The duty rate in force on {@code date}, if any. */
  Optional<DutyRate> rateOn(LocalDate date);
}

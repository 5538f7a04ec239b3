package kz.cites.fee.tariff.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.cites.events.LocalizedText;

/** The tariff as administrators see and maintain it: every year, who set it, and changes. */
public interface TariffBook extends Tariff {

  /** Every year's MCI, ascending. */
  List<MciEntry> mciYears();

  /** Every duty rate by the first day it applies, ascending. */
  List<DatedRate> rates();

  /** Sets (or corrects) the MCI of {@code year} and appends the change to the audit log. */
  void putMci(int year, BigDecimal value, String source, String by, Instant at);

  /**
   * How many duties have been assessed with the MCI of {@code year}, or decided by a payment made
   * in {@code year}.
   */
  long assessmentsUsing(int year);

  /** A duty rate and the first day of payment it applies to. */
  record DatedRate(LocalDate validFrom, int multiplier, LocalizedText legalReference) {}
}

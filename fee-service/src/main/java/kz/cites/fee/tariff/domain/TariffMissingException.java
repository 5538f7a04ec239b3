package kz.cites.fee.tariff.domain;

import java.time.LocalDate;

/**
 * The tariff has no MCI (or no duty rate) for a date. An operator must add the data; the duty is
 * never guessed and never zero.
 */
public class TariffMissingException extends RuntimeException {

  private final LocalDate date;

  public TariffMissingException(LocalDate date, String what) {
    super(what + " for " + date + " is not in the tariff");
    this.date = date;
  }

  public LocalDate date() {
    return date;
  }
}

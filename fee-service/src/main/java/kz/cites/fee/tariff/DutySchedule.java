package kz.cites.fee.tariff;

import java.time.LocalDate;
import kz.cites.fee.tariff.domain.Duty;
import kz.cites.fee.tariff.domain.Tariff;
import org.springframework.stereotype.Service;

/** The duty on a date from the tariff tables. */
@Service
public class DutySchedule {

  private final Tariff tariff;

  DutySchedule(Tariff tariff) {
    this.tariff = tariff;
  }

  /**
   * @throws kz.cites.fee.tariff.domain.TariffMissingException when the year has no MCI
   */
  public Duty dutyOn(LocalDate date) {
    return Duty.on(date, tariff);
  }
}

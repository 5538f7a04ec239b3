package kz.cites.fee.tariff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.cites.fee.tariff.domain.MciEntry;
import kz.cites.fee.tariff.domain.TariffBook;
import kz.cites.fee.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintains the MCI per year: the budget law sets next year's MCI every autumn and an administrator
 * enters it here. A value already used by an assessment is never changed (duties already published
 * would no longer match the tariff); a correction before that is allowed and audited like any
 * change.
 */
@Service
public class TariffAdministration {

  private static final Logger log = LoggerFactory.getLogger(TariffAdministration.class);

  private final TariffBook tariff;
  private final Clock clock;

  TariffAdministration(TariffBook tariff, Clock clock) {
    this.tariff = tariff;
    this.clock = clock;
  }

  /** What happened to the year's MCI. */
  public enum Change {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  @Transactional
  public Change setMci(int year, BigDecimal value, String source, String by) {
    Optional<MciEntry> existing =
        tariff.mciYears().stream().filter(e -> e.year() == year).findFirst();
    if (existing.isPresent()
        && existing.get().value().compareTo(value) == 0
        && existing.get().source().equals(source)) {
      return Change.UNCHANGED;
    }
    if (existing.isPresent() && tariff.assessmentsUsing(year) > 0) {
      throw ApiProblem.MCI_IN_USE.detail("year", year).with("field", "value").with("year", year);
    }
    Instant now = clock.instant();
    tariff.putMci(year, value, source, by, now);
    log.info("MCI of {} set to {} by {} ({})", year, value, by, source);
    return existing.isPresent() ? Change.UPDATED : Change.CREATED;
  }

  @Transactional(readOnly = true)
  public List<MciEntry> mciYears() {
    return tariff.mciYears();
  }

  @Transactional(readOnly = true)
  public List<TariffBook.DatedRate> rates() {
    return tariff.rates();
  }
}

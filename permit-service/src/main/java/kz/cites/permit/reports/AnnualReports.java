package kz.cites.permit.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.SpecimenOrigin;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.permits.domain.PermitStatus;
import kz.cites.permit.reports.domain.AnnualReport;
import kz.cites.permit.reports.domain.AnnualReportRow;
import kz.cites.permit.reports.domain.AnnualReportRows;
import kz.cites.permit.web.ApiProblem;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * The CITES annual report of a year (ADR 0017): the permits issued that year, read page by page in
 * number order, each made into rows by {@link AnnualReportRows}.
 */
@Service
public class AnnualReports {

  /**
   * The first year there can be anything to report: the Convention entered into force for
   * Kazakhstan on 19 April 2000.
   */
  public static final int FIRST_YEAR = 2000;

  /** Permits read per query; a year's permits are thousands, so a few queries. */
  static final int PAGE = 500;

  private final PermitRepository permits;
  private final Clock clock;

  AnnualReports(PermitRepository permits, Clock clock) {
    this.permits = permits;
    this.clock = clock;
  }

  /**
   * The report of {@code year}, from {@link #FIRST_YEAR} to the current year (a report of the
   * current year is partial: it is what was issued so far). Deliberately not one transaction: each
   * page is read on its own and its permits are let go once they are rows, so a large year does not
   * keep every permit entity in one persistence context.
   */
  public AnnualReport of(int year) {
    Instant now = clock.instant();
    int thisYear = LocalDate.ofInstant(now, Kazakhstan.ZONE).getYear();
    if (year < FIRST_YEAR || year > thisYear) {
      // years as text: a message format would print 2000 as "2,000"
      String first = Integer.toString(FIRST_YEAR);
      String last = Integer.toString(thisYear);
      throw ApiProblem.VALIDATION
          .detail("year", first, last)
          .with("field", "year")
          .withError("year", "Range", "field.year.range", first, last);
    }
    Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Kazakhstan.ZONE).toInstant();
    Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(Kazakhstan.ZONE).toInstant();
    List<AnnualReportRow> rows = new ArrayList<>();
    String after = "";
    while (true) {
      List<Permit> page =
          permits.issuedBetween(from, to, PermitStatus.CANCELLED, after, PageRequest.ofSize(PAGE));
      page.forEach(permit -> rows.addAll(AnnualReportRows.of(permit)));
      if (page.size() < PAGE) {
        break;
      }
      after = page.getLast().number();
    }
    return new AnnualReport(year, SpecimenOrigin.KAZAKHSTAN, now, rows);
  }
}

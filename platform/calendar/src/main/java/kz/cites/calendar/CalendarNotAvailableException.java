package kz.cites.calendar;

/**
 * Thrown when a date falls in a year for which no working-day data is loaded. The calendar never
 * guesses: a missing year is an operational gap (the Ministry of Labour's transfers for that year
 * have not been entered yet), not something to paper over with the weekend rule.
 */
public class CalendarNotAvailableException extends RuntimeException {

  private final int year;

  public CalendarNotAvailableException(int year) {
    super(
        "No Kazakhstan working-day calendar for year "
            + year
            + "; add src/main/resources/kz/cites/calendar/KZ-"
            + year
            + ".txt (see platform/calendar/README.md)");
    this.year = year;
  }

  /** The year that has no data. */
  public int year() {
    return year;
  }
}

package kz.cites.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Kazakhstan working-day calendar, kept as data per year rather than computed by a formula
 * (holidays moved off weekends, Kurban Ait and the yearly transfer orders of the Ministry of Labour
 * cannot be derived reliably).
 *
 * <p>A Monday-Friday is a working day unless the year's data marks it {@code OFF}; a
 * Saturday/Sunday is a day off unless the data marks it {@code WORKED}. Any question about a date
 * in a year without data throws {@link CalendarNotAvailableException}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WorkingCalendar {

  static final String RESOURCE_DIR = "/kz/cites/calendar/";
  static final String INDEX_RESOURCE = RESOURCE_DIR + "KZ-index.txt";

  private final Map<Integer, YearData> years;

  private WorkingCalendar(Map<Integer, YearData> years) {
    this.years = Map.copyOf(years);
  }

  /** The calendar with every year bundled in this library (listed in {@code KZ-index.txt}). */
  public static WorkingCalendar kazakhstan() {
    return Bundled.INSTANCE;
  }

  /**
   * Builds a calendar from year files in the line format of the bundled resources; for tests and
   * for years supplied from outside the jar.
   *
   * @param yearFiles file text by year
   */
  static WorkingCalendar parse(Map<Integer, String> yearFiles) {
    Map<Integer, YearData> parsed = new TreeMap<>();
    yearFiles.forEach(
        (year, text) -> {
          try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            parsed.put(year, YearData.read(year, "KZ-" + year + ".txt", reader));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return new WorkingCalendar(parsed);
  }

  /**
   * This calendar with {@code adjustments} laid over it: what an administrator marks during the
   * year when a decree moves a day off (a weekday becomes {@link DayKind#OFF}, a weekend day
   * becomes {@link DayKind#WORKED}). An adjustment only adds an exception; it cannot take one of
   * the data away. The same consistency rules as the year files apply, so a wrong mark fails here
   * instead of silently shifting due dates. This calendar is left unchanged.
   *
   * @throws CalendarNotAvailableException if an adjusted date's year has no data
   * @throws IllegalArgumentException for OFF on a weekend day or WORKED on a weekday
   */
  public WorkingCalendar withDays(Map<LocalDate, DayKind> adjustments) {
    Objects.requireNonNull(adjustments, "adjustments");
    if (adjustments.isEmpty()) {
      return this;
    }
    Map<Integer, Set<LocalDate>> off = new HashMap<>();
    Map<Integer, Set<LocalDate>> worked = new HashMap<>();
    adjustments.forEach(
        (date, kind) -> {
          Objects.requireNonNull(date, "date");
          Objects.requireNonNull(kind, "kind of " + date);
          if (!years.containsKey(date.getYear())) {
            throw new CalendarNotAvailableException(date.getYear());
          }
          if (!kind.fits(date)) {
            throw new IllegalArgumentException(inconsistency(date, kind));
          }
          (kind == DayKind.OFF ? off : worked)
              .computeIfAbsent(date.getYear(), y -> new HashSet<>())
              .add(date);
        });
    Map<Integer, YearData> adjusted = new TreeMap<>(years);
    adjusted.replaceAll(
        (year, data) ->
            off.containsKey(year) || worked.containsKey(year)
                ? data.plus(off.getOrDefault(year, Set.of()), worked.getOrDefault(year, Set.of()))
                : data);
    return new WorkingCalendar(adjusted);
  }

  /**
   * The exceptions to the weekend rule in {@code year}, by date: the weekdays {@link DayKind#OFF}
   * and the weekend days {@link DayKind#WORKED}.
   *
   * @throws CalendarNotAvailableException if the year has no data
   */
  public SortedMap<LocalDate, DayKind> days(int year) {
    YearData data = years.get(year);
    if (data == null) {
      throw new CalendarNotAvailableException(year);
    }
    SortedMap<LocalDate, DayKind> days = new TreeMap<>();
    data.offWeekdays.forEach(d -> days.put(d, DayKind.OFF));
    data.workedWeekendDays.forEach(d -> days.put(d, DayKind.WORKED));
    return Collections.unmodifiableSortedMap(days);
  }

  /** Why {@code kind} cannot be the kind of {@code date}, as the year files word it. */
  static String inconsistency(LocalDate date, DayKind kind) {
    return kind == DayKind.OFF
        ? date + " is a " + dayName(date) + "; only weekdays can be OFF"
        : date + " is a " + dayName(date) + "; only weekend days can be WORKED";
  }

  private static String dayName(LocalDate date) {
    String name = date.getDayOfWeek().name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** The years this calendar has data for, ascending. */
  public Set<Integer> years() {
    return new TreeSet<>(years.keySet());
  }

  /** Whether this calendar has data for {@code year}. */
  public boolean covers(int year) {
    return years.containsKey(year);
  }

  /**
   * @throws CalendarNotAvailableException if the date's year has no data
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    YearData data = years.get(date.getYear());
    if (data == null) {
      throw new CalendarNotAvailableException(date.getYear());
    }
    return isWeekend(date)
        ? data.workedWeekendDays.contains(date)
        : !data.offWeekdays.contains(date);
  }

  /**
   * {@code date} itself when it is a working day, otherwise the first working day after it.
   *
   * @throws CalendarNotAvailableException if the search reaches a year without data
   */
  public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
    LocalDate day = Objects.requireNonNull(date, "date");
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The {@code workingDays}-th working day strictly after {@code date}; {@code date} itself is not
   * counted, whether or not it is a working day. Zero returns {@code date} unchanged.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative
   * @throws CalendarNotAvailableException if the count reaches a year without data
   */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    Objects.requireNonNull(date, "date");
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    LocalDate day = date;
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  /** Loaded once: the bundled data cannot change at run time. */
  private static final class Bundled {
    static final WorkingCalendar INSTANCE = load();

    private static WorkingCalendar load() {
      Map<Integer, YearData> loaded = new TreeMap<>();
      for (int year : readIndex()) {
        String name = "KZ-" + year + ".txt";
        try (BufferedReader reader = open(RESOURCE_DIR + name)) {
          loaded.put(year, YearData.read(year, name, reader));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read calendar resource " + name, e);
        }
      }
      return new WorkingCalendar(loaded);
    }

    private static List<Integer> readIndex() {
      List<Integer> years = new ArrayList<>();
      try (BufferedReader reader = open(INDEX_RESOURCE)) {
        String line;
        while ((line = reader.readLine()) != null) {
          String content = stripComment(line);
          if (!content.isEmpty()) {
            years.add(Integer.parseInt(content));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + INDEX_RESOURCE, e);
      }
      return years;
    }

    private static BufferedReader open(String resource) {
      InputStream in = WorkingCalendar.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("Missing calendar resource " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  static String stripComment(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).strip();
  }

  /** One year's exceptions to the weekend rule. */
  private record YearData(Set<LocalDate> offWeekdays, Set<LocalDate> workedWeekendDays) {

    YearData plus(Set<LocalDate> off, Set<LocalDate> worked) {
      Set<LocalDate> allOff = new HashSet<>(offWeekdays);
      allOff.addAll(off);
      Set<LocalDate> allWorked = new HashSet<>(workedWeekendDays);
      allWorked.addAll(worked);
      return new YearData(Set.copyOf(allOff), Set.copyOf(allWorked));
    }

    /**
     * Reads lines {@code <ISO date> <OFF|WORKED> [# comment]}. Rejects anything inconsistent (a
     * date outside the year, an OFF weekend, a WORKED weekday, a duplicate) so that a typo fails at
     * start-up instead of silently shifting due dates.
     */
    static YearData read(int year, String source, BufferedReader reader) throws IOException {
      Set<LocalDate> off = new HashSet<>();
      Set<LocalDate> worked = new HashSet<>();
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        String content = stripComment(line);
        if (content.isEmpty()) {
          continue;
        }
        String[] parts = content.split("\\s+");
        if (parts.length != 2) {
          throw invalid(source, lineNo, "expected '<yyyy-mm-dd> <OFF|WORKED>' but was: " + line);
        }
        LocalDate date;
        try {
          date = LocalDate.parse(parts[0]);
        } catch (DateTimeParseException e) {
          throw invalid(source, lineNo, "not an ISO date: " + parts[0]);
        }
        if (date.getYear() != year) {
          throw invalid(source, lineNo, date + " is not in " + year);
        }
        boolean added =
            switch (parts[1]) {
              case "OFF" -> {
                if (!DayKind.OFF.fits(date)) {
                  throw invalid(
                      source, lineNo, date + " is a weekend day; only weekdays can be OFF");
                }
                yield off.add(date);
              }
              case "WORKED" -> {
                if (!DayKind.WORKED.fits(date)) {
                  throw invalid(
                      source, lineNo, date + " is a weekday; only weekend days can be WORKED");
                }
                yield worked.add(date);
              }
              default -> throw invalid(source, lineNo, "unknown kind '" + parts[1] + "'");
            };
        if (!added) {
          throw invalid(source, lineNo, "duplicate date " + date);
        }
      }
      return new YearData(Set.copyOf(off), Set.copyOf(worked));
    }

    private static IllegalStateException invalid(String source, int lineNo, String message) {
      return new IllegalStateException(source + " line " + lineNo + ": " + message);
    }
  }
}

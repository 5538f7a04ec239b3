package kz.cites.application.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.cites.application.calendar.domain.CalendarMark;
import kz.cites.application.calendar.domain.CalendarMarks;
import kz.cites.calendar.DayKind;
import kz.cites.calendar.Kazakhstan;
import kz.cites.calendar.ServiceTerm;
import kz.cites.calendar.WorkingCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day marked by an administrator moves the registration date and the due date. */
class TransferredDayTermTest {

  @ParameterizedTest(name = "submitted {0} with marks [{1}]: registered {2}, due {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // Tue 13 Oct 2026 10:00 local: registered that day, due on the 3rd working day after
        "2026-10-13T10:00 | -                              | 2026-10-13 | 2026-10-16",
        "2026-10-13T10:00 | 2026-10-14 OFF                 | 2026-10-13 | 2026-10-19",
        "2026-10-13T10:00 | 2026-10-14 OFF, 2026-10-17 WORKED | 2026-10-13 | 2026-10-17",
        // the submission day itself made a day off: registered the next working day
        "2026-10-14T10:00 | -                              | 2026-10-14 | 2026-10-19",
        "2026-10-14T10:00 | 2026-10-14 OFF                 | 2026-10-15 | 2026-10-20",
        // a worked Saturday: a submission on it before 18:00 is registered on it
        "2026-10-17T10:00 | -                              | 2026-10-19 | 2026-10-22",
        "2026-10-17T10:00 | 2026-10-17 WORKED              | 2026-10-17 | 2026-10-21",
        // after hours on Friday, the worked Saturday is the next working day
        "2026-10-16T19:00 | -                              | 2026-10-19 | 2026-10-22",
        "2026-10-16T19:00 | 2026-10-17 WORKED              | 2026-10-17 | 2026-10-21",
        // Fri 20 Mar 2026 after hours, then the Nauryz days off; a decree adds Fri 27 Mar
        "2026-03-20T19:00 | -                              | 2026-03-26 | 2026-03-31",
        "2026-03-20T19:00 | 2026-03-27 OFF                 | 2026-03-26 | 2026-04-01",
        // a mark in another month changes nothing
        "2026-03-20T19:00 | 2026-12-15 OFF                 | 2026-03-26 | 2026-03-31",
      })
  void markedDaysMoveTheTerm(
      LocalDateTime submittedLocal, String marks, LocalDate registration, LocalDate due) {
    CurrentCalendar calendar = new CurrentCalendar(WorkingCalendar.kazakhstan(), marks(marks));
    Instant submittedAt = submittedLocal.atZone(Kazakhstan.ZONE).toInstant();

    ServiceTerm.Term term = calendar.serviceTerm().termFor(submittedAt);

    assertThat(term.registrationDate()).isEqualTo(registration);
    assertThat(term.dueDate()).isEqualTo(due);
    assertThat(term.dueAt())
        .isEqualTo(due.atTime(ServiceTerm.END_OF_WORKING_DAY).atZone(Kazakhstan.ZONE).toInstant());
  }

  private static CalendarMarks marks(String marks) {
    List<CalendarMark> list = new ArrayList<>();
    if (marks != null) {
      Arrays.stream(marks.split(","))
          .map(String::strip)
          .map(m -> m.split(" "))
          .forEach(
              m ->
                  list.add(
                      new CalendarMark(
                          LocalDate.parse(m[0]),
                          DayKind.valueOf(m[1]),
                          "decree",
                          "921212308469",
                          Instant.EPOCH)));
    }
    return new InMemoryMarks(list);
  }

  /** The marks as a list; only what the current calendar reads. */
  private record InMemoryMarks(List<CalendarMark> marks) implements CalendarMarks {
    @Override
    public List<CalendarMark> all() {
      return marks;
    }

    @Override
    public List<CalendarMark> ofYear(int year) {
      return marks.stream().filter(m -> m.date().getYear() == year).toList();
    }

    @Override
    public Optional<CalendarMark> findForUpdate(LocalDate date) {
      return marks.stream().filter(m -> m.date().equals(date)).findFirst();
    }

    @Override
    public void put(CalendarMark mark) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void remove(LocalDate date) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void audit(
        LocalDate date,
        DayKind previousKind,
        DayKind kind,
        String reason,
        String changedBy,
        Instant changedAt) {
      throw new UnsupportedOperationException();
    }
  }
}

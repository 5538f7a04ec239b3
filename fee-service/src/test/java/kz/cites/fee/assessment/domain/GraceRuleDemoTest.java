package kz.cites.fee.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import kz.cites.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** The demonstration grace replaces the working days with a fixed time after the assessment. */
class GraceRuleDemoTest {

  private static final Instant ASSESSED = Instant.parse("2026-03-20T14:00:00Z");

  @Test
  void aDemonstrationGraceEndsAFixedTimeAfterTheAssessment() {
    var rule = new GraceRule(WorkingCalendar::kazakhstan, 1, Duration.ofMinutes(2));

    assertThat(rule.endsAt(LocalDate.of(2026, 3, 26), ASSESSED))
        .isEqualTo(Instant.parse("2026-03-20T14:02:00Z"));
  }

  @Test
  void withoutItTheWorkingDaysCount() {
    // registered Thursday 26 March 2026 (after the Nauryz days off): the next working day's 17:30
    var rule = new GraceRule(WorkingCalendar::kazakhstan, 1);

    assertThat(rule.endsAt(LocalDate.of(2026, 3, 26), ASSESSED))
        .isEqualTo(Instant.parse("2026-03-27T12:30:00Z"));
  }

  @Test
  void aNegativeDemonstrationGraceIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new GraceRule(WorkingCalendar::kazakhstan, 1, Duration.ofMinutes(-1)));
  }
}

package kz.cites.fee.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.fee.assessment.domain.OpenFee;
import org.junit.jupiter.api.Test;

/** Which of the payer's applications a payment without reference could pay for. */
class MatchRuleTest {

  private static final String IIN = "811201401188";
  private static final MatchRule RULE = new MatchRule(Period.ofDays(30));
  private static final Optional<BigDecimal> DUTY_2025 = Optional.of(new BigDecimal("7864.00"));
  private static final Optional<BigDecimal> DUTY_2026 = Optional.of(new BigDecimal("8650.00"));

  /** Registered Mon 5 Jan 2026, grace until Tue 6 Jan 17:30 Almaty. */
  private final OpenFee january =
      new OpenFee(
          UUID.randomUUID(), IIN, LocalDate.of(2026, 1, 5), Instant.parse("2026-01-06T12:30:00Z"));

  /** Registered Thu 26 Mar 2026, grace until Fri 27 Mar 17:30 Almaty. */
  private final OpenFee march =
      new OpenFee(
          UUID.randomUUID(), IIN, LocalDate.of(2026, 3, 26), Instant.parse("2026-03-27T12:30:00Z"));

  @Test
  void cashPaidOnNewYearsEveAtThe2025DutyFitsTheApplicationRegisteredIn2026() {
    assertThat(
            RULE.candidates(
                new BigDecimal("7864.00"),
                Instant.parse("2025-12-31T18:30:00Z"),
                DUTY_2025,
                List.of(january)))
        .containsExactly(january.applicationId());
  }

  @Test
  void lessThanTheDutyOfThePaymentDayFitsNothing() {
    // 00:30 on 1 Jan 2026 in Almaty: the 2025 amount is short of the 2026 duty
    assertThat(
            RULE.candidates(
                new BigDecimal("7864.00"),
                Instant.parse("2025-12-31T19:30:00Z"),
                DUTY_2026,
                List.of(january)))
        .isEmpty();
  }

  @Test
  void moreThanTheDutyFits() {
    assertThat(
            RULE.candidates(
                new BigDecimal("9000.00"),
                Instant.parse("2026-01-05T04:00:00Z"),
                DUTY_2026,
                List.of(january)))
        .containsExactly(january.applicationId());
  }

  @Test
  void twoApplicationsInTheWindowAreBothCandidates() {
    OpenFee secondInJanuary =
        new OpenFee(
            UUID.randomUUID(),
            IIN,
            LocalDate.of(2026, 1, 6),
            Instant.parse("2026-01-08T12:30:00Z"));

    assertThat(
            RULE.candidates(
                new BigDecimal("8650.00"),
                Instant.parse("2026-01-05T04:00:00Z"),
                DUTY_2026,
                List.of(january, secondInJanuary, march)))
        .containsExactly(january.applicationId(), secondInJanuary.applicationId());
  }

  @Test
  void theWindowOpensThirtyDaysBeforeTheRegistrationDateInAlmaty() {
    // 24 Feb 2026 is 30 days before 26 Mar; 23:59 on 23 Feb in Almaty is one day too early
    assertThat(
            RULE.candidates(
                new BigDecimal("8650.00"),
                Instant.parse("2026-02-23T19:00:00Z"),
                DUTY_2026,
                List.of(march)))
        .containsExactly(march.applicationId());
    assertThat(
            RULE.candidates(
                new BigDecimal("8650.00"),
                Instant.parse("2026-02-23T18:59:00Z"),
                DUTY_2026,
                List.of(march)))
        .isEmpty();
  }

  @Test
  void theWindowClosesWhenTheGracePeriodEnds() {
    assertThat(
            RULE.candidates(
                new BigDecimal("8650.00"),
                Instant.parse("2026-03-27T12:29:59Z"),
                DUTY_2026,
                List.of(march)))
        .containsExactly(march.applicationId());
    assertThat(
            RULE.candidates(
                new BigDecimal("8650.00"),
                Instant.parse("2026-03-27T12:30:00Z"),
                DUTY_2026,
                List.of(march)))
        .isEmpty();
  }

  @Test
  void anUnknownGraceEndLeavesTheWindowOpen() {
    OpenFee calendarMissing = new OpenFee(UUID.randomUUID(), IIN, LocalDate.of(2026, 3, 26), null);

    assertThat(
            RULE.candidates(
                new BigDecimal("8650.00"),
                Instant.parse("2026-04-20T05:00:00Z"),
                DUTY_2026,
                List.of(calendarMissing)))
        .hasSize(1);
  }

  @Test
  void withoutTheDutyOfThePaymentDayNothingCanBeJudged() {
    assertThat(
            RULE.candidates(
                new BigDecimal("8650.00"),
                Instant.parse("2026-01-05T04:00:00Z"),
                Optional.empty(),
                List.of(january)))
        .isEmpty();
  }

  @Test
  void aNegativeWindowIsRefused() {
    assertThatThrownBy(() -> new MatchRule(Period.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

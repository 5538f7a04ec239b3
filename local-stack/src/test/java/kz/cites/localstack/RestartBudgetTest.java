package kz.cites.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RestartBudgetTest {

  private static final class SettableClock extends Clock {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final SettableClock clock = new SettableClock();
  private final RestartBudget budget = new RestartBudget(3, Duration.ofMinutes(5), clock);

  @Test
  void threeRestartsWithinFiveMinutesThenNoMore() {
    assertThat(budget.tryRestart()).isTrue();
    clock.now = clock.now.plusSeconds(60);
    assertThat(budget.tryRestart()).isTrue();
    clock.now = clock.now.plusSeconds(60);
    assertThat(budget.tryRestart()).isTrue();
    assertThat(budget.used()).isEqualTo(3);

    clock.now = clock.now.plusSeconds(60);
    assertThat(budget.tryRestart()).as("a fourth crash within five minutes").isFalse();
  }

  @Test
  void aRestartLeavesTheWindowFiveMinutesLater() {
    budget.tryRestart();
    budget.tryRestart();
    budget.tryRestart();

    clock.now = clock.now.plus(Duration.ofMinutes(5));
    assertThat(budget.tryRestart()).isTrue();
    assertThat(budget.used()).isEqualTo(1);
  }

  @Test
  void anOperatorsRestartGivesTheWholeBudgetBack() {
    budget.tryRestart();
    budget.tryRestart();
    budget.tryRestart();

    budget.reset();
    assertThat(budget.tryRestart()).isTrue();
  }
}

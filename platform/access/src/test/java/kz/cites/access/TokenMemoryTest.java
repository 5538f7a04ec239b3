package kz.cites.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenMemoryTest {

  static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
  static final Instant IN_AN_HOUR = NOW.plus(Duration.ofHours(1));

  final MovingClock clock = new MovingClock(NOW);

  TokenMemory<String> memory(int capacity, Duration maxAge) {
    return new TokenMemory<>(capacity, maxAge, clock);
  }

  @Test
  void aRememberedTokenIsRecalledAndAnUnknownOneIsNot() {
    TokenMemory<String> memory = memory(100, Duration.ofMinutes(5));
    memory.remember("token-a", "Айгүл Сәрсенбаева", IN_AN_HOUR);
    assertThat(memory.recall("token-a")).contains("Айгүл Сәрсенбаева");
    assertThat(memory.recall("token-b")).isEmpty();
    // the exact text: a token differing in one character is another token
    assertThat(memory.recall("token-A")).isEmpty();
  }

  @Test
  void nothingIsRecalledPastTheMaximumAge() {
    TokenMemory<String> memory = memory(100, Duration.ofMinutes(5));
    memory.remember("token-a", "verified", IN_AN_HOUR);
    clock.now = NOW.plus(Duration.ofMinutes(5)).minusSeconds(1);
    assertThat(memory.recall("token-a")).isPresent();
    clock.now = NOW.plus(Duration.ofMinutes(5));
    assertThat(memory.recall("token-a")).isEmpty();
    assertThat(memory.size()).isZero();
  }

  @Test
  void nothingIsRecalledAtOrAfterTheTokensExpiry() {
    TokenMemory<String> memory = memory(100, Duration.ofMinutes(30));
    memory.remember("token-a", "verified", NOW.plus(Duration.ofMinutes(2)));
    clock.now = NOW.plus(Duration.ofMinutes(2));
    assertThat(memory.recall("token-a")).isEmpty();
  }

  @Test
  void aTokenWithoutExpiryIsBoundedByTheMaximumAge() {
    TokenMemory<String> memory = memory(100, Duration.ofMinutes(5));
    memory.remember("token-a", "verified", null);
    clock.now = NOW.plus(Duration.ofMinutes(4));
    assertThat(memory.recall("token-a")).isPresent();
    clock.now = NOW.plus(Duration.ofMinutes(6));
    assertThat(memory.recall("token-a")).isEmpty();
  }

  @Test
  void theLeastRecentlyUsedAreForgottenBeyondCapacity() {
    TokenMemory<String> memory = memory(2, Duration.ofMinutes(5));
    memory.remember("token-a", "a", IN_AN_HOUR);
    memory.remember("token-b", "b", IN_AN_HOUR);
    assertThat(memory.recall("token-a")).isPresent(); // a is now the most recently used
    memory.remember("token-c", "c", IN_AN_HOUR); // so b goes
    assertThat(memory.size()).isEqualTo(2);
    assertThat(memory.recall("token-b")).isEmpty();
    assertThat(memory.recall("token-a")).contains("a");
    assertThat(memory.recall("token-c")).contains("c");
  }

  @Test
  void capacityZeroRemembersNothing() {
    TokenMemory<String> memory = memory(0, Duration.ofMinutes(5));
    memory.remember("token-a", "verified", IN_AN_HOUR);
    assertThat(memory.enabled()).isFalse();
    assertThat(memory.recall("token-a")).isEmpty();
    assertThat(memory.size()).isZero();
  }

  @Test
  void negativeSettingsAreRefused() {
    assertThatThrownBy(() -> memory(-1, Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> memory(10, Duration.ofMinutes(-5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static final class MovingClock extends Clock {
    Instant now;

    MovingClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

package kz.cites.gateway.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceInstancesTest {

  static final URI A = URI.create("http://localhost:8081");
  static final URI B = URI.create("http://localhost:8181");

  private Instant now = Instant.parse("2026-12-01T10:00:00Z");

  private final Clock clock =
      new Clock() {
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
      };

  private final ServiceInstances instances = new ServiceInstances(List.of(A, B), clock);

  @Test
  void inTurn() {
    assertThat(List.of(pick(), pick(), pick(), pick())).containsExactly(A, B, A, B);
  }

  @Test
  void aRestingInstanceIsLeftOutUntilItsRestEndsOrItAnswersAgain() {
    instances.rest(A);
    assertThat(List.of(pick(), pick(), pick())).containsOnly(B);

    now = now.plus(ServiceInstances.RESTING);
    assertThat(List.of(pick(), pick())).containsExactlyInAnyOrder(A, B);

    instances.rest(B);
    instances.available(B);
    assertThat(List.of(pick(), pick())).containsExactlyInAnyOrder(A, B);
  }

  @Test
  void whenAllRestTheyAreTriedAnywayAndARetryGoesToTheOtherOne() {
    instances.rest(A);
    instances.rest(B);
    assertThat(pick()).isIn(A, B);
    assertThat(instances.choose(Optional.of(A))).isEqualTo(B);
  }

  private URI pick() {
    return instances.choose(Optional.empty());
  }
}

package kz.cites.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LimitSharesTest {

  private static LimitProperties instances(Integer count) {
    return new LimitProperties(null, null, null, null, count);
  }

  @Test
  void eachOfSeveralInstancesEnforcesItsShareRoundedUp() {
    LimitProperties.Rate rate = new LimitProperties.Rate(301, Duration.ofMinutes(1));

    assertThat(instances(null).share(rate).capacity()).isEqualTo(301);
    assertThat(instances(2).share(rate).capacity()).isEqualTo(151);
    assertThat(instances(3).share(rate).capacity()).isEqualTo(101);
    assertThat(instances(2).share(rate).period()).isEqualTo(Duration.ofMinutes(1));
    assertThat(instances(500).share(rate).capacity()).as("never none").isEqualTo(1);
  }
}

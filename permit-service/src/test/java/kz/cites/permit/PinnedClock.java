package kz.cites.permit;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The clock of the integration tests, fixed at {@link IntegrationTest#NOW}. */
@TestConfiguration(proxyBeanMethods = false)
class PinnedClock {

  @Bean
  @Primary
  Clock pinnedClock() {
    return Clock.fixed(IntegrationTest.NOW, ZoneOffset.UTC);
  }
}

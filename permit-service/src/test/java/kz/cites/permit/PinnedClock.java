package kz.cites.permit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The clock of the integration tests, at {@link IntegrationTest#NOW} unless a test moves it. */
@TestConfiguration(proxyBeanMethods = false)
class PinnedClock {

  @Bean
  @Primary
  TestClock pinnedClock() {
    return new TestClock();
  }
}

package kz.cites.permit.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** No password, no start: the seal's key is never kept unencrypted, nor under a default. */
class SigningPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(SigningProperties.class)
  static class Binding {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Binding.class);

  @Test
  void withoutAKeyPasswordTheServiceRefusesToStartSayingWhatToSet() {
    for (String password : new String[] {null, "", "  "}) {
      ApplicationContextRunner runner =
          password == null
              ? context
              : context.withPropertyValues("cites.signing.key-password=" + password);
      runner.run(
          started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure())
                .rootCause()
                .hasMessageContaining("cites.signing.key-password")
                .hasMessageContaining("CITES_SIGNING_KEY_PASSWORD");
          });
    }
  }

  @Test
  void withAPasswordTheDefaultsPointAtTheSimulatedNca() {
    context
        .withPropertyValues("cites.signing.key-password=secret")
        .run(
            started -> {
              SigningProperties properties = started.getBean(SigningProperties.class);
              assertThat(properties.ncaUrl()).isEqualTo("http://localhost:8090/sim/nca");
              assertThat(properties.organisationBin()).isEqualTo("190440026173");
              assertThat(properties.toString()).doesNotContain("secret");
            });
  }
}

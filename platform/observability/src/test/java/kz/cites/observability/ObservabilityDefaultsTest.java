package kz.cites.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The defaults every application gets, and what one variable changes in them. */
class ObservabilityDefaultsTest {

  static StandardEnvironment environment(Map<String, Object> given) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("given", given));
    new ObservabilityDefaults().postProcessEnvironment(environment, new SpringApplication());
    return environment;
  }

  @Test
  void logsAreTextWithTraceAndSpanIdsUnlessEcsIsAskedFor() {
    StandardEnvironment text = environment(Map.of());
    assertThat(text.getProperty("logging.structured.format.console")).isEmpty();
    assertThat(text.getProperty("logging.pattern.correlation"))
        .isEqualTo("[%X{traceId:-},%X{spanId:-}] ");

    StandardEnvironment ecs = environment(Map.of("CITES_LOG_FORMAT", "ecs"));
    assertThat(ecs.getProperty("logging.structured.format.console")).isEqualTo("ecs");
  }

  @Test
  void everythingIsSampledAndNothingLeavesUnlessAnEndpointIsGiven() {
    StandardEnvironment environment = environment(Map.of());
    assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
    assertThat(
            environment.containsProperty("management.opentelemetry.tracing.export.otlp.endpoint"))
        .isFalse();
    assertThat(environment.getProperty("management.otlp.metrics.export.enabled"))
        .isEqualTo("false");
  }

  @Test
  void theActuatorShowsHealthAndPrometheus() {
    assertThat(environment(Map.of()).getProperty("management.endpoints.web.exposure.include"))
        .contains("prometheus")
        .contains("health");
    // the port and its loopback address are each application's (a management address without a
    // port of its own would stop an application)
    assertThat(environment(Map.of()).containsProperty("management.server.address")).isFalse();
  }
}

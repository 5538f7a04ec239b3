package kz.cites.verification.egov;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guards around every registry call, asserted by how often the registry was really called. */
class RegistryCallsTest {

  /** A server per test, so a delayed answer of one test never reaches the next one's journal. */
  WireMockServer shep = new WireMockServer(options().dynamicPort());

  SimpleMeterRegistry meters = new SimpleMeterRegistry();
  RegistryCalls calls;

  @AfterEach
  void stop() {
    shep.stop();
  }

  @BeforeEach
  void setUp() {
    shep.start();
    calls = ShepStubs.calls(shep.port(), Faults.TIMEOUT, meters);
  }

  @Test
  void aTransientFaultIsRetriedAndTheLaterAnswerCounts() {
    shep.stubFor(
        post(urlEqualTo(ShepStubs.PATH))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    shep.stubFor(
        post(urlEqualTo(ShepStubs.PATH))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(ShepStubs.ok("{\"iin\": \"811201401188\"}")));

    ShepReply reply = calls.call(Registry.INDIVIDUALS, Map.of("iin", "811201401188"));

    assertThat(reply.found()).isTrue();
    shep.verify(2, postRequestedFor(urlEqualTo(ShepStubs.PATH)));
  }

  @Test
  void theBreakerOpensAfterRepeatedFailuresAndThenSparesTheRegistry() {
    shep.stubFor(post(urlEqualTo(ShepStubs.PATH)).willReturn(aResponse().withStatus(500)));

    // each call makes ATTEMPTS calls; two calls fill the breaker's window with failures
    for (int i = 0; i < ShepStubs.BREAKER_WINDOW / ShepStubs.ATTEMPTS; i++) {
      assertThatThrownBy(() -> calls.call(Registry.COURTS, Map.of("iin", "811201401188")))
          .hasMessageContaining("HTTP 500");
    }
    shep.verify(ShepStubs.BREAKER_WINDOW, postRequestedFor(urlEqualTo(ShepStubs.PATH)));

    assertThatThrownBy(() -> calls.call(Registry.COURTS, Map.of("iin", "811201401188")))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageContaining("circuit breaker open");
    shep.verify(ShepStubs.BREAKER_WINDOW, postRequestedFor(urlEqualTo(ShepStubs.PATH)));

    // each registry has a breaker of its own: the others are still asked
    shep.stubFor(
        post(urlEqualTo(ShepStubs.PATH)).willReturn(ShepStubs.ok("{\"iin\": \"811201401188\"}")));
    assertThat(calls.call(Registry.INDIVIDUALS, Map.of("iin", "811201401188")).found()).isTrue();
    shep.verify(ShepStubs.BREAKER_WINDOW + 1, postRequestedFor(urlEqualTo(ShepStubs.PATH)));

    // what operators see: each call's outcome per registry, after the retries
    assertThat(outcomes("courts", "error")).isEqualTo(2);
    assertThat(outcomes("courts", "circuit-open")).isEqualTo(1);
    assertThat(outcomes("individuals", "found")).isEqualTo(1);
  }

  private double outcomes(String registry, String outcome) {
    var counter =
        meters
            .find("cites.registry.calls")
            .tags("registry", registry, "outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void aFullBulkheadIsUnavailableWithoutCallingTheRegistry() {
    var bulkheads =
        BulkheadRegistry.of(
            BulkheadConfig.custom().maxConcurrentCalls(1).maxWaitDuration(Duration.ZERO).build());
    var guarded =
        new RegistryCalls(
            ShepStubs.client(shep.port(), Duration.ofSeconds(5)),
            CircuitBreakerRegistry.ofDefaults(),
            RetryRegistry.ofDefaults(),
            bulkheads,
            TimeLimiterRegistry.ofDefaults(),
            Clock.systemUTC(),
            meters);
    Bulkhead hunting = bulkheads.bulkhead(Registry.HUNTING_PERMITS.instanceName());
    assertThat(hunting.tryAcquirePermission()).isTrue(); // a slow call in flight

    assertThatThrownBy(() -> guarded.call(Registry.HUNTING_PERMITS, Map.of("permitNumber", "HP-1")))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageContaining("too many calls");
    shep.verify(0, postRequestedFor(urlEqualTo(ShepStubs.PATH)));
    assertThat(outcomes("hunting-permits", "bulkhead-full")).isEqualTo(1);
    hunting.onComplete();
  }
}

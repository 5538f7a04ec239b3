package kz.cites.verification.egov.entrepreneurs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import kz.cites.events.RefusalGround;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.CheckStatus;
import kz.cites.verification.egov.Faults;
import kz.cites.verification.egov.ShepStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShepEntrepreneursRegistryTest {

  static final String IIN = "850719302180";

  /** A server per test, so a delayed answer of one test never reaches the next one's journal. */
  WireMockServer shep = new WireMockServer(options().dynamicPort());

  @AfterEach
  void stop() {
    shep.stop();
  }

  ShepEntrepreneursRegistry registry;

  @BeforeEach
  void setUp() {
    shep.start();
    registry = new ShepEntrepreneursRegistry(ShepStubs.calls(shep.port(), Faults.TIMEOUT));
  }

  @Test
  void aRegisteredActiveEntrepreneurPasses() {
    shep.stubFor(
        ShepStubs.request("IP_REGISTRY", "iin", IIN)
            .willReturn(ShepStubs.ok(ShepStubs.entrepreneur(IIN, true, true))));

    CheckOutcome outcome = registry.confirmEntrepreneur(IIN);

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.PASSED);
    assertThat(outcome.registryAnswer()).contains("IP Serikbayev");
    shep.verify(
        postRequestedFor(urlEqualTo(ShepStubs.PATH))
            .withRequestBody(matchingJsonPath("$.serviceId", equalTo("IP_REGISTRY")))
            .withRequestBody(matchingJsonPath("$.payload.iin", equalTo(IIN))));
  }

  @Test
  void anInactiveRegistrationFailsAsNonCompliance() {
    shep.stubFor(
        ShepStubs.request("IP_REGISTRY", "iin", IIN)
            .willReturn(ShepStubs.ok(ShepStubs.entrepreneur(IIN, true, false))));

    CheckOutcome outcome = registry.confirmEntrepreneur(IIN);

    assertThat(outcome.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.NON_COMPLIANCE);
  }

  @Test
  void aPersonNeverRegisteredOrUnknownFailsAsUnreliableData() {
    shep.stubFor(
        ShepStubs.request("IP_REGISTRY", "iin", IIN)
            .willReturn(ShepStubs.ok(ShepStubs.entrepreneur(IIN, false, false))));
    shep.stubFor(
        ShepStubs.request("IP_REGISTRY", "iin", "061211600012").willReturn(ShepStubs.notFound()));

    assertThat(registry.confirmEntrepreneur(IIN).refusalGround())
        .isEqualTo(RefusalGround.UNRELIABLE_DATA);
    assertThat(registry.confirmEntrepreneur("061211600012").refusalGround())
        .isEqualTo(RefusalGround.UNRELIABLE_DATA);
  }

  @ParameterizedTest
  @EnumSource(Faults.class)
  void aRegistryFaultIsUnavailableNeverARefusal(Faults fault) {
    fault.assertUnavailableAfterExpectedCalls(
        shep, calls -> new ShepEntrepreneursRegistry(calls).confirmEntrepreneur(IIN));
  }
}

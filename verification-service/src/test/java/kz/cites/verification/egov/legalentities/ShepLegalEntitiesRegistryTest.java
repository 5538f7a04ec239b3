package kz.cites.verification.egov.legalentities;

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

class ShepLegalEntitiesRegistryTest {

  static final String BIN = "940140000385";
  static final String HEAD = "680514304126";
  static final String ATTORNEY = "900322405274";

  /** A server per test, so a delayed answer of one test never reaches the next one's journal. */
  WireMockServer shep = new WireMockServer(options().dynamicPort());

  @AfterEach
  void stop() {
    shep.stop();
  }

  ShepLegalEntitiesRegistry registry;

  @BeforeEach
  void setUp() {
    shep.start();
    registry = new ShepLegalEntitiesRegistry(ShepStubs.calls(shep.port(), Faults.TIMEOUT));
  }

  @Test
  void anActiveCompanySignedByItsHeadOrAttorneyPasses() {
    shep.stubFor(
        ShepStubs.request("GBDUL_ENTITY", "bin", BIN)
            .willReturn(ShepStubs.ok(ShepStubs.entity(BIN, "ACTIVE", HEAD, ATTORNEY))));

    CheckOutcome byHead = registry.confirmEntity(BIN, HEAD);
    CheckOutcome byAttorney = registry.confirmEntity(BIN, ATTORNEY);

    assertThat(byHead.status()).as(byHead.reason()).isEqualTo(CheckStatus.PASSED);
    assertThat(byHead.reason()).contains("head");
    assertThat(byHead.registryAnswer()).contains(HEAD);
    assertThat(byAttorney.status()).as(byAttorney.reason()).isEqualTo(CheckStatus.PASSED);
    assertThat(byAttorney.reason()).contains("attorney");
    shep.verify(
        2,
        postRequestedFor(urlEqualTo(ShepStubs.PATH))
            .withRequestBody(matchingJsonPath("$.serviceId", equalTo("GBDUL_ENTITY")))
            .withRequestBody(matchingJsonPath("$.payload.bin", equalTo(BIN))));
  }

  @Test
  void aSignerWhoIsNeitherHeadNorAttorneyFailsAsUnreliableData() {
    shep.stubFor(
        ShepStubs.request("GBDUL_ENTITY", "bin", BIN)
            .willReturn(ShepStubs.ok(ShepStubs.entity(BIN, "ACTIVE", HEAD, ATTORNEY))));

    CheckOutcome outcome = registry.confirmEntity(BIN, "811201401188");

    assertThat(outcome.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.UNRELIABLE_DATA);
    assertThat(outcome.reason()).contains("811201401188");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"LIQUIDATED", "IN_LIQUIDATION", "BANKRUPT"})
  void aCompanyThatIsNotActiveFailsAsNonCompliance(String status) {
    shep.stubFor(
        ShepStubs.request("GBDUL_ENTITY", "bin", BIN)
            .willReturn(ShepStubs.ok(ShepStubs.entity(BIN, status, HEAD))));

    CheckOutcome outcome = registry.confirmEntity(BIN, HEAD);

    assertThat(outcome.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.NON_COMPLIANCE);
    assertThat(outcome.reason()).contains(status);
  }

  @Test
  void anUnknownCompanyFailsAsUnreliableData() {
    shep.stubFor(ShepStubs.request("GBDUL_ENTITY", "bin", BIN).willReturn(ShepStubs.notFound()));

    CheckOutcome outcome = registry.confirmEntity(BIN, HEAD);

    assertThat(outcome.refusalGround())
        .as(outcome.reason())
        .isEqualTo(RefusalGround.UNRELIABLE_DATA);
    assertThat(outcome.registryMessageId()).isEqualTo(ShepStubs.REGISTRY_MESSAGE_ID);
  }

  @ParameterizedTest
  @EnumSource(Faults.class)
  void aRegistryFaultIsUnavailableNeverARefusal(Faults fault) {
    fault.assertUnavailableAfterExpectedCalls(
        shep, calls -> new ShepLegalEntitiesRegistry(calls).confirmEntity(BIN, HEAD));
  }
}

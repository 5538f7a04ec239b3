package kz.cites.verification.egov.individuals;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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

class ShepIndividualsRegistryTest {

  static final String IIN = "811201401188";
  static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  /** A server per test, so a delayed answer of one test never reaches the next one's journal. */
  WireMockServer shep = new WireMockServer(options().dynamicPort());

  ShepIndividualsRegistry registry;

  @AfterEach
  void stop() {
    shep.stop();
  }

  @BeforeEach
  void setUp() {
    shep.start();
    registry = new ShepIndividualsRegistry(ShepStubs.calls(shep.port(), Faults.TIMEOUT));
  }

  @Test
  void aLivingPersonPassesAndTheEnvelopeCarriesOurCredentials() {
    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", IIN)
            .willReturn(
                ShepStubs.ok(ShepStubs.person(IIN, "Abenova", "Aigerim", "Serikovna", true))));

    CheckOutcome outcome = registry.confirmIdentity(IIN);

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.PASSED);
    assertThat(outcome.registryMessageId()).isEqualTo(ShepStubs.REGISTRY_MESSAGE_ID);
    assertThat(outcome.checkedAt()).isNotNull();
    assertThat(outcome.registryAnswer()).contains("Abenova");
    shep.verify(
        1,
        postRequestedFor(urlEqualTo(ShepStubs.PATH))
            .withHeader("Content-Type", matching("application/json.*"))
            .withRequestBody(matchingJsonPath("$.messageId", matching(UUID_PATTERN)))
            .withRequestBody(matchingJsonPath("$.correlationId", matching(UUID_PATTERN)))
            .withRequestBody(matchingJsonPath("$.serviceId", equalTo("GBDFL_PERSON")))
            .withRequestBody(
                matchingJsonPath("$.messageDate", matching("\\d{4}-\\d{2}-\\d{2}T.*Z")))
            .withRequestBody(matchingJsonPath("$.sender.senderId", equalTo("cites-permits")))
            .withRequestBody(matchingJsonPath("$.sender.password", equalTo("dev-secret")))
            .withRequestBody(matchingJsonPath("$.payload.iin", equalTo(IIN))));
  }

  @Test
  void theNameIsTheRegistrysNeverComparedWithWhatTheApplicationSays() {
    // a Cyrillic registry record for an application typed in Latin, in another order, or misspelt:
    // the registry is the source of the name, so this is no ground of refusal (Annex 2, item 8)
    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", IIN)
            .willReturn(
                ShepStubs.ok(
                    ShepStubs.person(
                        IIN, "Әбенова", "Айгерім", "Серікқызы", true, "Abenova", "Aigerim"))));

    CheckOutcome outcome = registry.confirmIdentity(IIN);

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.PASSED);
    assertThat(outcome.refusalGround()).isNull();
    assertThat(outcome.registeredName().name()).isEqualTo("Әбенова Айгерім Серікқызы");
    assertThat(outcome.registeredName().latin()).isEqualTo("Abenova Aigerim");
  }

  @Test
  void anUnknownPersonFailsAsUnreliableData() {
    shep.stubFor(ShepStubs.request("GBDFL_PERSON", "iin", IIN).willReturn(ShepStubs.notFound()));

    CheckOutcome outcome = registry.confirmIdentity(IIN);

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.UNRELIABLE_DATA);
    assertThat(outcome.reason()).contains("No person");
    assertThat(outcome.registryMessageId()).isEqualTo(ShepStubs.REGISTRY_MESSAGE_ID);
  }

  @Test
  void aDeceasedPersonFailsAsUnreliableData() {
    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", IIN)
            .willReturn(
                ShepStubs.ok(ShepStubs.person(IIN, "Abenova", "Aigerim", "Serikovna", false))));

    CheckOutcome outcome = registry.confirmIdentity(IIN);

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.UNRELIABLE_DATA);
    assertThat(outcome.reason()).contains("deceased");
  }

  @ParameterizedTest
  @EnumSource(Faults.class)
  void aRegistryFaultIsUnavailableNeverARefusal(Faults fault) {
    fault.assertUnavailableAfterExpectedCalls(
        shep, calls -> new ShepIndividualsRegistry(calls).confirmIdentity(IIN));
  }

  @Test
  void noConnectionIsUnavailable() {
    var unreachable =
        new ShepIndividualsRegistry(ShepStubs.calls(freePortNobodyListensOn(), Faults.TIMEOUT));

    CheckOutcome outcome = unreachable.confirmIdentity(IIN);

    assertThat(outcome.status()).isEqualTo(CheckStatus.UNAVAILABLE);
    assertThat(outcome.reason()).contains("did not answer");
    assertThat(outcome.registryMessageId()).matches(UUID_PATTERN);
  }

  private static int freePortNobodyListensOn() {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package kz.cites.verification.egov.individuals;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import kz.cites.events.RefusalGround;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.CheckStatus;
import kz.cites.verification.egov.ShepStubs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShepIndividualsRegistryTest {

  static final String IIN = "811201401188";
  static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  static WireMockServer shep = new WireMockServer(options().dynamicPort());
  ShepIndividualsRegistry registry;

  @BeforeAll
  static void start() {
    shep.start();
  }

  @AfterAll
  static void stop() {
    shep.stop();
  }

  @BeforeEach
  void setUp() {
    shep.resetAll();
    // generous: this machine may be busy; the timeout test uses a client of its own
    registry = new ShepIndividualsRegistry(ShepStubs.client(shep.port(), Duration.ofSeconds(5)));
  }

  @Test
  void aLivingPersonWithTheApplicantsNamePassesAndTheEnvelopeCarriesOurCredentials() {
    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", IIN)
            .willReturn(
                ShepStubs.ok(ShepStubs.person(IIN, "Abenova", "Aigerim", "Serikovna", true))));

    CheckOutcome outcome = registry.confirmIdentity(IIN, "aigerim ABENOVA");

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.PASSED);
    assertThat(outcome.registryMessageId()).isEqualTo(ShepStubs.REGISTRY_MESSAGE_ID);
    assertThat(outcome.checkedAt()).isNotNull();
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
  void aNameThatIsNotThePersonsFailsAsUnreliableData() {
    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", IIN)
            .willReturn(
                ShepStubs.ok(ShepStubs.person(IIN, "Abenova", "Aigerim", "Serikovna", true))));

    CheckOutcome outcome = registry.confirmIdentity(IIN, "Aidar Nurlanov");

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.UNRELIABLE_DATA);
    assertThat(outcome.reason()).contains("Name");
  }

  @Test
  void anUnknownPersonFailsAsUnreliableData() {
    shep.stubFor(ShepStubs.request("GBDFL_PERSON", "iin", IIN).willReturn(ShepStubs.notFound()));

    CheckOutcome outcome = registry.confirmIdentity(IIN, "Aigerim Abenova");

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

    CheckOutcome outcome = registry.confirmIdentity(IIN, "Aigerim Abenova");

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.FAILED);
    assertThat(outcome.refusalGround()).isEqualTo(RefusalGround.UNRELIABLE_DATA);
    assertThat(outcome.reason()).contains("deceased");
  }

  @Test
  void serverErrorsAreUnavailableNotAFailureOfTheApplicant() {
    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", IIN).willReturn(aResponse().withStatus(500)));
    assertUnavailable(registry.confirmIdentity(IIN, "Aigerim Abenova"), "HTTP 500");

    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", IIN).willReturn(aResponse().withStatus(503)));
    assertUnavailable(registry.confirmIdentity(IIN, "Aigerim Abenova"), "HTTP 503");
  }

  @Test
  void anAnswerSlowerThanTheReadTimeoutIsUnavailable() {
    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", IIN)
            .willReturn(
                ShepStubs.ok(ShepStubs.person(IIN, "Abenova", "Aigerim", "Serikovna", true))
                    .withFixedDelay(4_000)));
    var impatient =
        new ShepIndividualsRegistry(ShepStubs.client(shep.port(), Duration.ofSeconds(1)));

    long started = System.nanoTime();
    CheckOutcome outcome = impatient.confirmIdentity(IIN, "Aigerim Abenova");

    assertUnavailable(outcome, "did not answer");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_500));
  }

  @Test
  void aMalformedBodyIsUnavailable() {
    shep.stubFor(
        ShepStubs.request("GBDFL_PERSON", "iin", IIN)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"messageId\": \"x\", \"status\": {\"code\": \"OK\", \"payload\": <html>")));

    assertUnavailable(registry.confirmIdentity(IIN, "Aigerim Abenova"), "unreadable");
  }

  @Test
  void noConnectionIsUnavailable() {
    var unreachable =
        new ShepIndividualsRegistry(
            ShepStubs.client(freePortNobodyListensOn(), Duration.ofSeconds(1)));

    assertUnavailable(unreachable.confirmIdentity(IIN, "Aigerim Abenova"), "did not answer");
  }

  private static int freePortNobodyListensOn() {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertUnavailable(CheckOutcome outcome, String reason) {
    assertThat(outcome.status()).isEqualTo(CheckStatus.UNAVAILABLE);
    assertThat(outcome.refusalGround()).isNull();
    assertThat(outcome.reason()).contains(reason);
    assertThat(outcome.registryMessageId()).matches(UUID_PATTERN);
  }
}

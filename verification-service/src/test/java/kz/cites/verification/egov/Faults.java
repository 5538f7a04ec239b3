package kz.cites.verification.egov;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.function.Function;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.CheckStatus;

/**
 * What a registry may do wrong, how often the adapter must then have called it (transient faults
 * are retried, the others are not), and what the outcome's reason says.
 */
public enum Faults {
  SERVER_ERROR(aResponse().withStatus(500), ShepStubs.ATTEMPTS, "HTTP 500"),
  SERVICE_UNAVAILABLE(
      okJsonWithStatus(503, ShepStubs.envelope("REGISTRY_UNAVAILABLE", "down", "null")),
      ShepStubs.ATTEMPTS,
      "HTTP 503"),
  SLOW_PAST_TIMEOUT(
      okJson(ShepStubs.envelope("OK", "Found", "{}")).withFixedDelay(2_500),
      ShepStubs.ATTEMPTS,
      "did not answer within"),
  CONNECTION_RESET(
      aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ShepStubs.ATTEMPTS, "did not answer"),
  MALFORMED_BODY(
      okJson("{\"messageId\": \"x\", \"status\": {\"code\": \"OK\"}, \"payload\": {\"a\": <html>"),
      1,
      "unreadable"),
  EMPTY_BODY(
      aResponse().withStatus(200).withHeader("Content-Type", "application/json"), 1, "unreadable"),
  REJECTED_CREDENTIALS(
      okJsonWithStatus(401, ShepStubs.envelope("AUTH_FAILED", "bad sender", "null")),
      1,
      "HTTP 401");

  /**
   * Each attempt's deadline when the fault is {@link #SLOW_PAST_TIMEOUT} (answers after 2.5 s); for
   * the other faults a generous one, so that a cold or busy JVM is not mistaken for a slow
   * registry.
   */
  static final Duration SHORT_TIMEOUT = Duration.ofMillis(500);

  /** The deadline for tests that expect an answer. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ResponseDefinitionBuilder response;
  private final int expectedCalls;
  private final String reason;

  Faults(ResponseDefinitionBuilder response, int expectedCalls, String reason) {
    this.response = response;
    this.expectedCalls = expectedCalls;
    this.reason = reason;
  }

  /**
   * Makes every SHEP call answer with this fault, asks once through {@code check}, and asserts the
   * outcome is UNAVAILABLE (never a refusal) after exactly the expected number of calls.
   */
  public void assertUnavailableAfterExpectedCalls(
      WireMockServer shep, Function<RegistryCalls, CheckOutcome> check) {
    shep.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(ShepStubs.PATH))
            .willReturn(response));

    CheckOutcome outcome =
        check.apply(
            ShepStubs.calls(shep.port(), this == SLOW_PAST_TIMEOUT ? SHORT_TIMEOUT : TIMEOUT));

    assertThat(outcome.status()).as(outcome.reason()).isEqualTo(CheckStatus.UNAVAILABLE);
    assertThat(outcome.refusalGround()).isNull();
    assertThat(outcome.reason()).contains(reason);
    assertThat(outcome.registryMessageId()).isNotBlank();
    // a slow answer is journaled once WireMock has sent it; wait for those, never for more
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> shep.verify(expectedCalls, postRequestedFor(urlEqualTo(ShepStubs.PATH))));
  }

  private static ResponseDefinitionBuilder okJsonWithStatus(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}

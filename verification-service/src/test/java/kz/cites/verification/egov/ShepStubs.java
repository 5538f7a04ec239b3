package kz.cites.verification.egov;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** SHEP answers as the simulator gives them, for WireMock. */
public final class ShepStubs {

  public static final String PATH = "/shep/sync";
  public static final String REGISTRY_MESSAGE_ID = "5d0c7a1e-0000-4000-8000-00000000aa01";

  private ShepStubs() {}

  public static ShepClient client(int port, Duration readTimeout) {
    var properties =
        new EgovProperties(
            URI.create("http://localhost:" + port + PATH),
            "cites-permits",
            "dev-secret",
            Duration.ofSeconds(1),
            readTimeout);
    return new ShepClient(
        RestClient.builder(), properties, JsonMapper.builder().build(), Clock.systemUTC());
  }

  /** Retry attempts in {@link #calls}: the first call and two retries. */
  public static final int ATTEMPTS = 3;

  /** Calls (each attempt counts) after which the breaker of {@link #calls} opens. */
  public static final int BREAKER_WINDOW = 6;

  /**
   * Guarded calls as in production but with test-sized settings: 3 attempts with ~10 ms backoff, a
   * breaker opening after {@value #BREAKER_WINDOW} failed calls, and {@code timeout} per attempt.
   */
  public static RegistryCalls calls(int port, Duration timeout) {
    return calls(port, timeout, new SimpleMeterRegistry());
  }

  /** As {@link #calls(int, Duration)}, counting the outcomes in {@code meters}. */
  public static RegistryCalls calls(
      int port, Duration timeout, io.micrometer.core.instrument.MeterRegistry meters) {
    return new RegistryCalls(
        client(port, Duration.ofSeconds(10)),
        CircuitBreakerRegistry.of(
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(BREAKER_WINDOW)
                .minimumNumberOfCalls(BREAKER_WINDOW)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofHours(1))
                .build()),
        RetryRegistry.of(
            RetryConfig.custom()
                .maxAttempts(ATTEMPTS)
                .intervalFunction(
                    IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(10), 2.0, 0.5))
                .retryOnException(new TransientFault())
                .build()),
        BulkheadRegistry.of(
            BulkheadConfig.custom().maxConcurrentCalls(4).maxWaitDuration(Duration.ZERO).build()),
        TimeLimiterRegistry.of(TimeLimiterConfig.custom().timeoutDuration(timeout).build()),
        Clock.systemUTC(),
        meters);
  }

  /** A request to {@code serviceId} whose payload has {@code field} = {@code value}. */
  public static MappingBuilder request(String serviceId, String field, String value) {
    return post(urlEqualTo(PATH))
        .withRequestBody(matchingJsonPath("$.serviceId", equalTo(serviceId)))
        .withRequestBody(matchingJsonPath("$.payload." + field, equalTo(value)));
  }

  public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(
      String payloadJson) {
    return okJson(envelope("OK", "Found", payloadJson));
  }

  public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder notFound() {
    return okJson(envelope("NOT_FOUND", "No record", "null"));
  }

  public static String envelope(String code, String message, String payloadJson) {
    return """
        {"messageId": "%s", "correlationId": "c0ffee00-0000-4000-8000-000000000001",
         "responseDate": "2026-03-20T14:00:03Z",
         "status": {"code": "%s", "message": "%s"}, "payload": %s}
        """
        .formatted(REGISTRY_MESSAGE_ID, code, message, payloadJson);
  }

  public static String person(String iin, String last, String first, String middle, boolean alive) {
    return person(iin, last, first, middle, alive, null, null);
  }

  /** A record with the passport's Latin transliteration of the last and first name. */
  public static String person(
      String iin,
      String last,
      String first,
      String middle,
      boolean alive,
      String lastLatin,
      String firstLatin) {
    return """
        {"iin": "%s", "lastName": "%s", "firstName": "%s", "middleName": "%s",
         "lastNameLatin": %s, "firstNameLatin": %s,
         "birthDate": "1981-12-01", "alive": %s, "deathDate": %s}
        """
        .formatted(
            iin,
            last,
            first,
            middle,
            lastLatin == null ? "null" : "\"" + lastLatin + "\"",
            firstLatin == null ? "null" : "\"" + firstLatin + "\"",
            alive,
            alive ? "null" : "\"2025-02-01\"");
  }

  public static String entity(String bin, String status, String headIin, String... attorneys) {
    return """
        {"bin": "%s", "name": "Dala Fauna Trade LLP", "status": "%s", "headIin": "%s",
         "attorneyIins": [%s]}
        """
        .formatted(
            bin,
            status,
            headIin,
            String.join(
                ",", java.util.Arrays.stream(attorneys).map(a -> "\"" + a + "\"").toList()));
  }

  public static String entrepreneur(String iin, boolean registered, boolean active) {
    return """
        {"iin": "%s", "registered": %s, "active": %s, "name": "IP Serikbayev Exotic Pets"}
        """
        .formatted(iin, registered, active);
  }

  public static String huntingPermit(
      String number, String holder, String species, int quantity, String from, String to) {
    return """
        {"permitNumber": "%s", "holderIin": "%s", "species": ["%s"], "quantity": %d,
         "validFrom": "%s", "validTo": "%s"}
        """
        .formatted(number, holder, species, quantity, from, to);
  }

  /** {@code rulings} as JSON objects. */
  public static String rulings(String... rulings) {
    return "{\"rulings\": [" + String.join(",", rulings) + "]}";
  }

  public static String ruling(String caseNumber, String kind, String from, String until) {
    return """
        {"caseNumber": "%s", "kind": "%s", "inForceFrom": "%s", "until": %s, "text": "Ruling text"}
        """
        .formatted(caseNumber, kind, from, until == null ? "null" : "\"" + until + "\"");
  }

  public static String receipts(String payerId, String reference) {
    return """
        {"receipts": [{"receiptNumber": "R-2026-000017", "payerId": "%s", "amount": 8650.00,
          "paidAt": "2026-03-20T13:55:00Z", "reference": "%s"}]}
        """
        .formatted(payerId, reference);
  }
}

package kz.cites.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static kz.cites.gateway.TestTokens.IDP_KEY;
import static kz.cites.gateway.TestTokens.ISSUER;
import static kz.cites.gateway.TestTokens.rsaKey;
import static kz.cites.gateway.TestTokens.token;
import static kz.cites.gateway.TestTokens.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import kz.cites.gateway.limits.ClientBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/**
 * The running gateway against WireMock standing in for every downstream service and for the
 * identity provider's JWKS; tokens are signed here with a key generated per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
@ExtendWith(OutputCaptureExtension.class)
class GatewayTest {

  static final String UUID_FORMAT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  static final String TRACEPARENT_FORMAT = "00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}";
  static final String PROBLEMS = "https://cites.kz/problems/";

  static final WireMockServer downstream = new WireMockServer(options().dynamicPort());

  static {
    downstream.start();
  }

  @DynamicPropertySource
  static void downstreamServices(DynamicPropertyRegistry registry) {
    for (String service : List.of("APPLICATION", "FEE", "VERIFICATION", "PERMIT")) {
      registry.add(service + "_SERVICE_URL", downstream::baseUrl);
    }
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
        () -> downstream.baseUrl() + "/jwks");
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
  }

  @AfterAll
  static void stopDownstream() {
    downstream.stop();
  }

  @Autowired WebTestClient web;
  @LocalManagementPort int managementPort;
  @LocalServerPort int port;
  @Autowired ClientBuckets buckets;

  @BeforeEach
  void stubDownstream() {
    buckets.clear();
    downstream.resetAll();
    downstream.stubFor(
        get("/jwks").willReturn(okJson(new JWKSet(IDP_KEY.toPublicJWK()).toString())));
    downstream.stubFor(
        any(anyUrl()).atPriority(10).willReturn(okJson("{\"from\":\"downstream\"}")));
  }

  @Test
  void noTokenIsUnauthenticatedProblem() {
    web.get()
        .uri("/api/v1/applications")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .expectHeader()
        .valueMatches("X-Correlation-Id", UUID_FORMAT)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + "unauthenticated")
        .jsonPath("$.status")
        .isEqualTo(401)
        .jsonPath("$.instance")
        .isEqualTo("/api/v1/applications");
    assertNothingProxied();
  }

  @ParameterizedTest(name = "Accept-Language ''{0}''")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "kk    | kk | Жүйеге кіру қажет        | Қол жеткізу токені (bearer token) қажет.",
        "kk-KZ | kk | Жүйеге кіру қажет        | Қол жеткізу токені (bearer token) қажет.",
        "ru    | ru | Требуется вход в систему | Нужен токен доступа (bearer token).",
        "en    | en | Authentication required  | A bearer token is required.",
        "NONE  | ru | Требуется вход в систему | Нужен токен доступа (bearer token).",
        "fr    | ru | Требуется вход в систему | Нужен токен доступа (bearer token)."
      })
  void theGatewaysOwnProblemIsInTheCallersLanguage(
      String acceptLanguage, String language, String title, String detail) {
    web.get()
        .uri("/api/v1/applications")
        .headers(
            h -> {
              if (acceptLanguage != null) {
                h.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
              }
            })
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueEquals(HttpHeaders.CONTENT_LANGUAGE, language)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + "unauthenticated")
        .jsonPath("$.title")
        .isEqualTo(title)
        .jsonPath("$.detail")
        .isEqualTo(detail);
    assertNothingProxied();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /api/v1/calendar/2026",
    "PUT, /api/v1/calendar/days/2026-10-14",
    "DELETE, /api/v1/calendar/days/2026-10-14",
  })
  void calendarNeedsAToken(String method, String path) {
    web.method(HttpMethod.valueOf(method))
        .uri(path)
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + "unauthenticated");
    assertNothingProxied();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "signed with another key",
    "expired",
    "issued by someone else",
    "for another audience",
  })
  void invalidTokenIsUnauthenticatedProblem(String flaw) {
    String token =
        switch (flaw) {
          case "signed with another key" ->
              // same key id as the trusted key, so only the signature check can catch it
              token(rsaKey("idp-key"), c -> {});
          case "expired" ->
              token(
                  IDP_KEY,
                  c ->
                      c.issueTime(Date.from(Instant.now().minusSeconds(3600)))
                          .expirationTime(Date.from(Instant.now().minusSeconds(600))));
          case "issued by someone else" -> token(IDP_KEY, c -> c.issuer("http://evil.test/idp"));
          case "for another audience" -> token(IDP_KEY, c -> c.audience("other-api"));
          default -> throw new IllegalArgumentException(flaw);
        };

    web.get()
        .uri("/api/v1/applications")
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + "unauthenticated");
    assertNothingProxied();
  }

  @Test
  void applicantIsForbiddenFromVerifications() {
    web.get()
        .uri("/api/v1/verifications/x")
        .headers(h -> h.setBearerAuth(tokenFor("APPLICANT")))
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + "forbidden")
        .jsonPath("$.status")
        .isEqualTo(403);
    assertNothingProxied();
  }

  @Test
  void applicantRequestIsProxiedWithTokenCorrelationIdAndTraceContext() {
    String token = tokenFor("APPLICANT");

    var result =
        web.get()
            .uri("/api/v1/applications?page=0")
            .headers(h -> h.setBearerAuth(token))
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueMatches("X-Correlation-Id", UUID_FORMAT)
            .expectHeader()
            .valueMatches("traceparent", TRACEPARENT_FORMAT)
            .expectBody()
            .jsonPath("$.from")
            .isEqualTo("downstream")
            .returnResult();

    String correlationId = result.getResponseHeaders().getFirst("X-Correlation-Id");
    String traceId = result.getResponseHeaders().getFirst("traceparent").split("-")[1];
    // the service continues the same trace, under the gateway's client span of the proxied call
    downstream.verify(
        1,
        getRequestedFor(urlEqualTo("/api/v1/applications?page=0"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
            .withHeader("X-Correlation-Id", equalTo(correlationId))
            .withHeader("traceparent", matching("00-" + traceId + "-[0-9a-f]{16}-01")));
  }

  /**
   * A service writes its links (Location) from the X-Forwarded-* headers (its
   * forward-headers-strategy is native): they name the gateway as the caller reached it, and the
   * address the call came from. What a caller claims in its own X-Forwarded-* is not passed on (no
   * trusted proxy is configured), so it cannot choose where a service's links point.
   */
  @Test
  void serviceLearnsTheGatewaysHostAndTheCallersAddressNotWhatTheCallerClaims() {
    web.get()
        .uri("/api/v1/public/permits/KZ-2025-000001?code=ABCD")
        .header("X-Forwarded-Host", "evil.example")
        .header("X-Forwarded-For", "203.0.113.9")
        .exchange()
        .expectStatus()
        .isOk();

    downstream.verify(
        1,
        getRequestedFor(urlEqualTo("/api/v1/public/permits/KZ-2025-000001?code=ABCD"))
            .withHeader("X-Forwarded-Host", equalTo("localhost:" + port))
            .withHeader("X-Forwarded-Proto", equalTo("http"))
            .withHeader("X-Forwarded-Port", equalTo(Integer.toString(port)))
            .withHeader("X-Forwarded-For", equalTo("127.0.0.1")));
  }

  @Test
  void callersCorrelationIdIsKeptAndTraceIsContinued() {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    var result =
        web.get()
            .uri("/api/v1/public/permits/KZ-2025-000001?code=ABCD")
            .header("X-Correlation-Id", "portal-42")
            .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("X-Correlation-Id", "portal-42")
            .expectHeader()
            .valueMatches("traceparent", "00-" + traceId + "-[0-9a-f]{16}-01")
            .expectBody()
            .returnResult();

    String traceparent = result.getResponseHeaders().getFirst("traceparent");
    assertThat(traceparent).doesNotContain("00f067aa0ba902b7"); // the gateway hop is a new span
    downstream.verify(
        1,
        getRequestedFor(urlEqualTo("/api/v1/public/permits/KZ-2025-000001?code=ABCD"))
            .withHeader("X-Correlation-Id", equalTo("portal-42"))
            // a span of the gateway's, not the caller's
            .withHeader(
                "traceparent", matching("00-" + traceId + "-(?!00f067aa0ba902b7)[0-9a-f]{16}-01"))
            .withoutHeader(HttpHeaders.AUTHORIZATION));
  }

  /**
   * Operators find a call by the ids a caller quotes: one access line per request, with its method,
   * path, status, correlation id and the trace and span ids (the log pattern's MDC fields).
   */
  @Test
  void everyRequestLeavesOneAccessLineWithItsCorrelationAndTraceIds(CapturedOutput output) {
    String traceId = "0af7651916cd43dd8448eb211c80319c";
    web.get()
        .uri("/api/v1/public/permits/KZ-2025-000001?code=ABCD")
        .header("X-Correlation-Id", "portal-access-1")
        .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
        .exchange()
        .expectStatus()
        .isOk();

    await()
        .untilAsserted(
            () ->
                assertThat(output.getOut().lines().filter(l -> l.contains("portal-access-1")))
                    .singleElement()
                    .satisfies(
                        line ->
                            assertThat(line)
                                .contains("gateway.access")
                                .contains("GET /api/v1/public/permits/KZ-2025-000001 -> 200 in ")
                                .contains("(correlation id portal-access-1)")
                                .containsPattern("\\[" + traceId + ",[0-9a-f]{16}\\]")));
  }

  @Test
  void insaneCorrelationIdAndBrokenTraceparentAreReplaced() {
    web.get()
        .uri("/api/v1/public/keys")
        .header("X-Correlation-Id", "<script>alert(1)</script>")
        .header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueMatches("X-Correlation-Id", UUID_FORMAT)
        .expectHeader()
        .valueMatches("traceparent", "00-(?!0{32})[0-9a-f]{32}-[0-9a-f]{16}-01");
  }

  @ParameterizedTest(name = "{2} {0} {1} -> {3}")
  @CsvSource({
    "POST,   /api/v1/applications,                       APPLICANT, 200",
    "PUT,    /api/v1/applications/a1,                    APPLICANT, 200",
    "GET,    /api/v1/applications/a1,                    OFFICER,   200",
    "GET,    /api/v1/applications,                       OPERATOR,  200",
    "POST,   /api/v1/applications/a1/submission,         OFFICER,   403",
    "GET,    /api/v1/applications,                       CUSTOMS,   403",
    "GET,    /api/v1/cabinet/notifications,              APPLICANT, 200",
    "GET,    /api/v1/cabinet/notifications,              OFFICER,   403",
    "POST,   /api/v1/webhooks/subscriptions,             APPLICANT, 200",
    "POST,   /api/v1/webhooks/subscriptions,             OPERATOR,  403",
    "DELETE, /api/v1/webhooks/subscriptions/s1,          APPLICANT, 200",
    "GET,    /api/v1/webhooks/deliveries,                OPERATOR,  200",
    "GET,    /api/v1/webhooks/deliveries,                OFFICER,   403",
    "POST,   /api/v1/webhooks/deliveries/d1/redelivery,  OPERATOR,  200",
    "POST,   /api/v1/webhooks/deliveries/d1/redelivery,  OFFICER,   403",
    "GET,    /api/v1/species?q=falco,                    OPERATOR,  200",
    "GET,    /api/v1/species?q=falco,                    CUSTOMS,   403",
    "GET,    /api/v1/fees/a1,                            OPERATOR,  200",
    "GET,    /api/v1/fees/a1,                            CUSTOMS,   403",
    "GET,    /api/v1/verifications/a1,                   OFFICER,   200",
    "GET,    /api/v1/verifications/a1,                   OPERATOR,  200",
    "GET,    /api/v1/review/cases,                       OPERATOR,  200",
    "GET,    /api/v1/review/cases,                       APPLICANT, 403",
    "POST,   /api/v1/review/cases/a1/decision,           OFFICER,   200",
    "POST,   /api/v1/review/cases/a1/decision,           OPERATOR,  403",
    "GET,    /api/v1/permits/KZ-1,                       CUSTOMS,   200",
    "GET,    /api/v1/permits/KZ-1/document,              APPLICANT, 200",
    "POST,   /api/v1/review/cases/a1/decision,           APPLICANT, 403",
    "POST,   /api/v1/permits/KZ-1/cancellation,          OFFICER,   200",
    "POST,   /api/v1/permits/KZ-1/cancellation,          OPERATOR,  403",
    "POST,   /api/v1/permits/KZ-1/cancellation,          APPLICANT, 403",
    "GET,    /api/v1/permits/KZ-1/audit,                 OPERATOR,  200",
    "GET,    /api/v1/permits/KZ-1/audit,                 OFFICER,   200",
    "GET,    /api/v1/permits/KZ-1/audit,                 APPLICANT, 403",
    "GET,    /api/v1/permits/KZ-1/audit,                 CUSTOMS,   403",
    "GET,    /api/v1/reports/annual/2026,                OPERATOR,  200",
    "GET,    /api/v1/reports/annual/2026,                OFFICER,   200",
    "GET,    /api/v1/reports/annual/2026,                APPLICANT, 403",
    "GET,    /api/v1/reports/annual/2026,                CUSTOMS,   403",
    "POST,   /api/v1/reports/annual/2026,                OPERATOR,  403",
    "GET,    /api/v1/fees/tariff,                        OFFICER,   200",
    "GET,    /api/v1/fees/tariff,                        OPERATOR,  200",
    "GET,    /api/v1/fees/tariff,                        APPLICANT, 403",
    "PUT,    /api/v1/fees/tariff/mci/2026,               TARIFF_ADMIN, 200",
    "PUT,    /api/v1/fees/tariff/mci/2026,               OFFICER,   403",
    "PUT,    /api/v1/fees/tariff/2026,                   TARIFF_ADMIN, 403",
    "GET,    /api/v1/fees/reconciliation,                OPERATOR,  200",
    "GET,    /api/v1/fees/reconciliation,                APPLICANT, 403",
    "GET,    /api/v1/fees/receipts/unassigned,           OFFICER,   200",
    "GET,    /api/v1/fees/receipts/unassigned,           APPLICANT, 403",
    "POST,   /api/v1/fees/receipts/R-1/assignment,       OFFICER,   200",
    "POST,   /api/v1/fees/receipts/R-1/assignment,       OPERATOR,  403",
    "POST,   /api/v1/applications/a1/documents,          APPLICANT, 200",
    "POST,   /api/v1/applications/a1/documents,          OFFICER,   403",
    "GET,    /api/v1/fees/payment-notifications,         CUSTOMS,   403",
    "POST,   /api/v1/species/import,                     OPERATOR,  200",
    "POST,   /api/v1/species/import,                     APPLICANT, 403",
    "GET,    /api/v1/refusals/a1/document,               APPLICANT, 200",
    "GET,    /api/v1/refusals/a1/document,               CUSTOMS,   200",
    "POST,   /api/v1/refusals/a1/document,               OFFICER,   403",
    "GET,    /api/v1/calendar/2026,                      APPLICANT, 200",
    "GET,    /api/v1/calendar/2026,                      CUSTOMS,   200",
    "GET,    /api/v1/calendar/2026,                      CALENDAR_ADMIN, 200",
    "PUT,    /api/v1/calendar/days/2026-10-14,           CALENDAR_ADMIN, 200",
    "PUT,    /api/v1/calendar/days/2026-10-14,           OPERATOR,  403",
    "PUT,    /api/v1/calendar/days/2026-10-14,           OFFICER,   403",
    "PUT,    /api/v1/calendar/days/2026-10-14,           TARIFF_ADMIN, 403",
    "DELETE, /api/v1/calendar/days/2026-10-14,           CALENDAR_ADMIN, 200",
    "DELETE, /api/v1/calendar/days/2026-10-14,           APPLICANT, 403",
    "POST,   /api/v1/calendar/days/2026-10-14,           CALENDAR_ADMIN, 403",
    "GET,    /api/v1/calendar/days/2026-10-14,           CALENDAR_ADMIN, 403",
    "POST,   /api/v1/quotas,                             QUOTA_ADMIN, 200",
    "POST,   /api/v1/quotas,                             OPERATOR,  403",
    "POST,   /api/v1/quotas,                             OFFICER,   403",
    "PUT,    /api/v1/quotas/1,                           QUOTA_ADMIN, 200",
    "PUT,    /api/v1/quotas/1,                           OPERATOR,  403",
    "PUT,    /api/v1/quotas/1,                           TARIFF_ADMIN, 403",
    "GET,    /api/v1/quotas,                             OPERATOR,  200",
    "GET,    /api/v1/quotas,                             OFFICER,   200",
    "GET,    /api/v1/quotas/1,                           QUOTA_ADMIN, 200",
    "GET,    /api/v1/quotas,                             APPLICANT, 403",
    "GET,    /api/v1/quotas/1,                           CUSTOMS,   403",
    "DELETE, /api/v1/quotas/1,                           QUOTA_ADMIN, 403",
    "GET,    /api/v1/exchange/permits/KZ-1,              PARTNER_AUTHORITY, 200",
    "GET,    /api/v1/exchange/permits/KZ-1,              APPLICANT, 403",
    "GET,    /api/v1/exchange/permits/KZ-1,              CUSTOMS,   403",
    "POST,   /api/v1/exchange/permits/KZ-1/confirmation, PARTNER_AUTHORITY, 200",
    "POST,   /api/v1/exchange/permits/KZ-1/confirmation, APPLICANT, 403",
    "POST,   /api/v1/exchange/permits/KZ-1/confirmation, OFFICER,   403",
    "GET,    /api/v1/permits/KZ-1,                       PARTNER_AUTHORITY, 403",
  })
  void roleRules(String method, String path, String role, int expected) {
    web.method(HttpMethod.valueOf(method))
        .uri(path)
        .headers(h -> h.setBearerAuth(tokenFor(role)))
        .exchange()
        .expectStatus()
        .isEqualTo(expected);

    if (expected == 200) {
      downstream.verify(1, requestedFor(method, urlEqualTo(path)));
    } else {
      assertNothingProxied();
    }
  }

  @Test
  void speciesIsForApplicantsAndTheAuthorityAsInTheService() {
    // the same line of platform/access that application-service applies: a token without one of
    // its roles is refused at the front door, not only behind it
    web.get()
        .uri("/api/v1/species?q=falco")
        .headers(h -> h.setBearerAuth(token(IDP_KEY, c -> c.claim("roles", List.of()))))
        .exchange()
        .expectStatus()
        .isForbidden();
    assertNothingProxied();
  }

  @Test
  void unknownPathsAreNotFoundProblems() {
    web.get()
        .uri("/api/v1/nothing-here")
        .headers(h -> h.setBearerAuth(tokenFor("OFFICER")))
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + "not-found");
    web.get().uri("/admin").exchange().expectStatus().isNotFound();
    assertNothingProxied();
  }

  @Test
  void serviceApiDocsAreRewrittenForTheSwaggerUi() {
    web.get().uri("/v3/api-docs/fee").exchange().expectStatus().isOk();
    downstream.verify(1, getRequestedFor(urlPathEqualTo("/v3/api-docs")));

    String swaggerConfig =
        web.get()
            .uri("/gateway/v3/api-docs/swagger-config")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(swaggerConfig)
        .contains(
            "/v3/api-docs/application",
            "/v3/api-docs/fee",
            "/v3/api-docs/verification",
            "/v3/api-docs/permit");

    String swaggerUi =
        web.get()
            .uri("/swagger-ui.html")
            .exchange()
            .expectStatus()
            .is3xxRedirection()
            .returnResult(Void.class)
            .getResponseHeaders()
            .getLocation()
            .toString();
    web.get().uri(swaggerUi).exchange().expectStatus().isOk();
  }

  @Test
  void thePublicPortServesNoActuatorEndpoint() {
    for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator/env")) {
      web.get()
          .uri(path)
          .headers(h -> h.setBearerAuth(tokenFor("OFFICER")))
          .exchange()
          .expectStatus()
          .isForbidden();
    }
  }

  @Test
  void theManagementPortServesHealthAndPrometheusWithoutAToken() {
    WebTestClient management =
        WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
    management.get().uri("/actuator/health").exchange().expectStatus().isOk();
    // a call through a route first, so that its breaker exists
    web.get()
        .uri("/api/v1/applications")
        .headers(h -> h.setBearerAuth(tokenFor("APPLICANT")))
        .exchange()
        .expectStatus()
        .isOk();
    String metrics =
        management
            .get()
            .uri("/actuator/prometheus")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(metrics)
        .contains("http_server_requests_seconds_bucket")
        .contains("resilience4j_circuitbreaker_state{")
        .contains("name=\"applications\"")
        .contains("application=\"gateway\"")
        // the management port's own requests are neither traced nor counted
        .doesNotContain("uri=\"/actuator");
  }

  @Test
  void paymentNotificationsNeedNoTokenButOtherMethodsAreClosed() {
    web.post()
        .uri("/api/v1/fees/payment-notifications")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"reference\":\"a1\"}")
        .exchange()
        .expectStatus()
        .isOk();
    downstream.verify(1, requestedFor("POST", urlEqualTo("/api/v1/fees/payment-notifications")));

    web.get().uri("/api/v1/fees/payment-notifications").exchange().expectStatus().isUnauthorized();
  }

  @ParameterizedTest(name = "{0} bytes to {1}")
  @CsvSource({
    "300000,   /api/v1/applications,              413",
    "300000,   /api/v1/applications/a1/documents, 200",
    "10600000, /api/v1/applications/a1/documents, 413",
  })
  void bodySizeIsCappedPerRoute(int size, String path, int expected) {
    var response =
        web.post()
            .uri(path)
            .headers(h -> h.setBearerAuth(tokenFor("APPLICANT")))
            .contentType(MediaType.APPLICATION_OCTET_STREAM)
            .bodyValue(new byte[size])
            .exchange()
            .expectStatus()
            .isEqualTo(expected);
    if (expected == 413) {
      response
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo(PROBLEMS + "body-too-large");
      assertNothingProxied();
    } else {
      downstream.verify(1, requestedFor("POST", urlEqualTo(path)));
    }
  }

  @Test
  void chunkedBodyIsCappedWhileItStreams() {
    Flux<DataBuffer> body =
        Flux.range(0, 8).map(i -> new DefaultDataBufferFactory().wrap(new byte[64 * 1024]));
    web.post()
        .uri("/api/v1/applications")
        .headers(h -> h.setBearerAuth(tokenFor("APPLICANT")))
        .contentType(MediaType.APPLICATION_JSON)
        .body(BodyInserters.fromDataBuffers(body))
        .exchange()
        .expectStatus()
        .isEqualTo(413)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + "body-too-large");
  }

  @Test
  void burstPastThePublicLimitIsTooManyRequestsByAddress() {
    for (int i = 0; i < 5; i++) {
      web.get().uri("/api/v1/public/keys").exchange().expectStatus().isOk();
    }
    web.get()
        .uri("/api/v1/public/keys")
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .valueMatches(HttpHeaders.RETRY_AFTER, "[1-9][0-9]*")
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + "too-many-requests");
    downstream.verify(5, getRequestedFor(urlEqualTo("/api/v1/public/keys")));
  }

  @Test
  void authenticatedLimitIsPerSubject() {
    String greedy = tokenFor("900101300001", "APPLICANT");
    for (int i = 0; i < 10; i++) {
      web.get()
          .uri("/api/v1/applications")
          .headers(h -> h.setBearerAuth(greedy))
          .exchange()
          .expectStatus()
          .isOk();
    }
    web.get()
        .uri("/api/v1/applications")
        .headers(h -> h.setBearerAuth(greedy))
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .exists(HttpHeaders.RETRY_AFTER)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(PROBLEMS + "too-many-requests");
    // same address, another subject: not affected
    web.get()
        .uri("/api/v1/applications")
        .headers(h -> h.setBearerAuth(tokenFor("900101300002", "APPLICANT")))
        .exchange()
        .expectStatus()
        .isOk();
    downstream.verify(11, getRequestedFor(urlEqualTo("/api/v1/applications")));
  }

  @Test
  void corsLetsOnlyThePortalIn() {
    web.options()
        .uri("/api/v1/applications")
        .header(HttpHeaders.ORIGIN, "https://portal.test")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://portal.test");
    web.options()
        .uri("/api/v1/applications")
        .header(HttpHeaders.ORIGIN, "https://evil.test")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    assertNothingProxied();
  }

  @Test
  void secureHeadersAndNoServerDetails() {
    downstream.stubFor(
        get("/api/v1/public/keys")
            .willReturn(
                okJson("{}")
                    .withHeader("Server", "Apache-Coyote/1.1 Tomcat/11.0.7")
                    .withHeader("X-Powered-By", "Servlet/6.1")));
    web.get()
        .uri("/api/v1/public/keys")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .doesNotExist("Server")
        .expectHeader()
        .doesNotExist("X-Powered-By")
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectHeader()
        .valueEquals("Referrer-Policy", "no-referrer");
  }

  @Test
  void serviceDocumentsNameTheGatewayAndWhatItAnswersItself() {
    downstream.stubFor(
        get("/v3/api-docs")
            .willReturn(
                okJson(
                    """
                    {"openapi":"3.1.0","info":{"title":"fee-service","version":"1"},
                     "servers":[{"url":"http://fee-service:8083"}],
                     "security":[{"bearer":[]}],
                     "components":{"securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}},
                     "paths":{"/api/v1/fees/tariff/mci/{year}":{"put":{"operationId":"setMci",
                       "requestBody":{"content":{"application/json":{"schema":{}}}},
                       "responses":{"200":{"description":"Set"}}}}}}""")));
    web.get()
        .uri("/v3/api-docs/fee")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.servers.length()")
        .isEqualTo(1)
        .jsonPath("$.servers[0].url")
        .isEqualTo("/")
        // the service's one scheme, no second one of the gateway's
        .jsonPath("$.components.securitySchemes.length()")
        .isEqualTo(1)
        .jsonPath("$.security[0].bearer")
        .exists()
        .jsonPath(
            "$.paths['/api/v1/fees/tariff/mci/{year}'].put.responses['429'].headers['Retry-After']")
        .exists()
        .jsonPath(
            "$.paths['/api/v1/fees/tariff/mci/{year}'].put.responses['429'].content['application/problem+json'].examples['gateway-too-many-requests']")
        .exists()
        .jsonPath("$.paths['/api/v1/fees/tariff/mci/{year}'].put.responses['413']")
        .exists()
        .jsonPath("$.paths['/api/v1/fees/tariff/mci/{year}'].put.responses['502']")
        .exists()
        .jsonPath(
            "$.paths['/api/v1/fees/tariff/mci/{year}'].put.responses['503'].headers['Retry-After']")
        .exists()
        .jsonPath("$.paths['/api/v1/fees/tariff/mci/{year}'].put.responses['504']")
        .exists()
        .jsonPath(
            "$.paths['/api/v1/fees/tariff/mci/{year}'].put.responses['200'].headers['RateLimit-Remaining']")
        .exists()
        .jsonPath(
            "$.paths['/api/v1/fees/tariff/mci/{year}'].put.responses['200'].headers['X-Correlation-Id']")
        .exists()
        .jsonPath("$.info.description")
        .value(d -> assertThat(d.toString()).contains("/asyncapi.yaml", "Retry-After"));
  }

  @Test
  void asyncApiDocumentIsServedOpenly() {
    String yaml =
        web.get()
            .uri("/asyncapi.yaml")
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.parseMediaType("application/yaml"))
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(yaml).contains("asyncapi:", "cites.application.events");
  }

  private void assertNothingProxied() {
    // The JWKS is served by the same WireMock; anything else would have been proxied.
    assertThat(downstream.getAllServeEvents())
        .extracting(event -> event.getRequest().getUrl())
        .allMatch("/jwks"::equals);
  }
}

package kz.cites.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running gateway against WireMock standing in for every downstream service and for the
 * identity provider's JWKS; tokens are signed here with a key generated per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayTest {

  static final String ISSUER = "http://idp.test/sim/idp";
  static final String UUID_FORMAT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  static final String TRACEPARENT_FORMAT = "00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}";
  static final String PROBLEMS = "https://cites.kz/problems/";

  static final WireMockServer downstream = new WireMockServer(options().dynamicPort());
  static final RSAKey idpKey = rsaKey("idp-key");

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

  @BeforeEach
  void stubDownstream() {
    downstream.resetAll();
    downstream.stubFor(
        get("/jwks").willReturn(okJson(new JWKSet(idpKey.toPublicJWK()).toString())));
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
                  idpKey,
                  c ->
                      c.issueTime(Date.from(Instant.now().minusSeconds(3600)))
                          .expirationTime(Date.from(Instant.now().minusSeconds(600))));
          case "issued by someone else" -> token(idpKey, c -> c.issuer("http://evil.test/idp"));
          case "for another audience" -> token(idpKey, c -> c.audience("other-api"));
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
    String traceparent = result.getResponseHeaders().getFirst("traceparent");
    downstream.verify(
        1,
        getRequestedFor(urlEqualTo("/api/v1/applications?page=0"))
            .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
            .withHeader("X-Correlation-Id", equalTo(correlationId))
            .withHeader("traceparent", equalTo(traceparent)));
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
            .withHeader("traceparent", equalTo(traceparent))
            .withoutHeader(HttpHeaders.AUTHORIZATION));
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
    "GET,    /api/v1/species?q=falco,                    CUSTOMS,   200",
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
  void speciesNeedsOnlyAValidToken() {
    web.get()
        .uri("/api/v1/species?q=falco")
        .headers(h -> h.setBearerAuth(token(idpKey, c -> c.claim("roles", List.of()))))
        .exchange()
        .expectStatus()
        .isOk();
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
  void healthIsOpenAndOtherActuatorEndpointsAreNot() {
    web.get().uri("/actuator/health").exchange().expectStatus().isOk();
    web.get()
        .uri("/actuator/env")
        .headers(h -> h.setBearerAuth(tokenFor("OFFICER")))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  private void assertNothingProxied() {
    // The JWKS is served by the same WireMock; anything else would have been proxied.
    assertThat(downstream.getAllServeEvents())
        .extracting(event -> event.getRequest().getUrl())
        .allMatch("/jwks"::equals);
  }

  private static String tokenFor(String role) {
    return token(idpKey, c -> c.claim("roles", List.of(role)));
  }

  private static String token(RSAKey key, Consumer<JWTClaimsSet.Builder> customizer) {
    Instant now = Instant.now();
    var claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience("cites-api")
            .subject("870101300123")
            .claim("iin", "870101300123")
            .claim("roles", List.of("APPLICANT"))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)));
    customizer.accept(claims);
    try {
      var jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims.build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey rsaKey(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

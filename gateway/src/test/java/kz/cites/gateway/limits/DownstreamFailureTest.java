package kz.cites.gateway.limits;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static kz.cites.gateway.TestTokens.IDP_KEY;
import static kz.cites.gateway.TestTokens.ISSUER;
import static kz.cites.gateway.TestTokens.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.JWKSet;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A dead fee-service (nothing listens on its port) and a slow permit-service: the caller gets a
 * 503/504 problem, never a 500, and after enough failures the breaker stops calling at all.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
      "cites.gateway.limits.rates.authenticated.capacity=1000",
      "cites.gateway.limits.circuit-breaker.minimum-number-of-calls=4",
      "cites.gateway.limits.circuit-breaker.sliding-window-size=4",
      "cites.gateway.limits.circuit-breaker.wait-in-open-state=1m",
    })
@AutoConfigureWebTestClient(timeout = "20s")
class DownstreamFailureTest {

  static final String PROBLEMS = "https://cites.kz/problems/";
  static final WireMockServer downstream = new WireMockServer(options().dynamicPort());
  static final int deadPort = freePort();

  static {
    downstream.start();
  }

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    for (String service : List.of("APPLICATION", "VERIFICATION", "PERMIT")) {
      registry.add(service + "_SERVICE_URL", downstream::baseUrl);
    }
    registry.add("FEE_SERVICE_URL", () -> "http://127.0.0.1:" + deadPort);
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
        () -> downstream.baseUrl() + "/jwks");
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
  }

  @AfterAll
  static void stop() {
    downstream.stop();
  }

  @LocalServerPort int port;
  @Autowired WebTestClient web;
  @Autowired CircuitBreakerFilter breakers;

  @BeforeEach
  void stubs() {
    downstream.resetAll();
    downstream.stubFor(
        get("/jwks").willReturn(okJson(new JWKSet(IDP_KEY.toPublicJWK()).toString())));
  }

  @Test
  void refusedConnectionIsServiceUnavailableAndOpensTheBreaker() {
    String token = tokenFor("OFFICER");
    for (int i = 0; i < 5; i++) {
      web.get()
          .uri("/api/v1/fees/a1")
          .headers(h -> h.setBearerAuth(token))
          .exchange()
          .expectStatus()
          .isEqualTo(503)
          .expectHeader()
          .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
          .expectHeader()
          .exists(HttpHeaders.RETRY_AFTER)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo(PROBLEMS + "service-unavailable");
    }
    assertThat(breakers.state("fees")).isEqualTo(CircuitBreaker.State.OPEN);
    // other services keep their own breakers
    assertThat(breakers.state("permits")).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void slowServiceIsGatewayTimeout() {
    downstream.stubFor(
        get("/api/v1/permits/KZ-1")
            .willReturn(aResponse().withFixedDelay(3000).withStatus(200).withBody("{}")));
    web.get()
        .uri("/api/v1/permits/KZ-1")
        .headers(h -> h.setBearerAuth(tokenFor("OFFICER")))
        .exchange()
        .expectStatus()
        .isEqualTo(504)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(504);
    downstream.verify(1, getRequestedFor(urlEqualTo("/api/v1/permits/KZ-1")));
  }

  /**
   * A caller that hangs up in the middle of its upload (a closed browser tab, a dropped mobile
   * connection) says nothing about the service: counted as the service's failure, a handful of them
   * would open the breaker and turn every caller away for the open-state wait.
   */
  @Test
  void callersHangingUpMidUploadDoNotOpenTheBreaker() throws Exception {
    downstream.stubFor(
        post("/api/v1/applications/a1/documents").willReturn(aResponse().withStatus(201)));
    String token = tokenFor("APPLICANT");
    for (int i = 0; i < 20; i++) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST /api/v1/applications/a1/documents HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer "
                    + token
                    + "\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: 100000\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(new byte[1000]);
        out.flush();
        // the gateway passes the body on as it comes; the caller goes before the rest
        Thread.sleep(100);
      }
    }
    Thread.sleep(300); // the gateway learns of the last hang-up
    assertThat(breakers.state("documents")).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

package kz.cites.gateway.balancing;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static kz.cites.gateway.TestTokens.IDP_KEY;
import static kz.cites.gateway.TestTokens.ISSUER;
import static kz.cites.gateway.TestTokens.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two instances of a service behind the gateway: requests go to each in turn, and while one is dead
 * (nothing listens on its port) every request, a POST included, reaches the other without the
 * caller noticing.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "cites.gateway.limits.rates.authenticated.capacity=1000",
      // the probe must not take the dead instance out before the requests meet it
      "cites.gateway.balancing.probe-interval=1h"
    })
@AutoConfigureWebTestClient(timeout = "20s")
class InstanceBalancingTest {

  static final WireMockServer first = new WireMockServer(options().dynamicPort());
  static final WireMockServer second = new WireMockServer(options().dynamicPort());
  static final int deadPort = freePort();

  static {
    first.start();
    second.start();
  }

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    registry.add("APPLICATION_SERVICE_URL", first::baseUrl);
    registry.add("APPLICATION_SERVICE_URLS", () -> first.baseUrl() + "," + second.baseUrl());
    registry.add("PERMIT_SERVICE_URL", () -> "http://127.0.0.1:" + deadPort);
    registry.add(
        "PERMIT_SERVICE_URLS", () -> "http://127.0.0.1:" + deadPort + "," + second.baseUrl());
    registry.add("FEE_SERVICE_URL", first::baseUrl);
    registry.add("VERIFICATION_SERVICE_URL", first::baseUrl);
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> first.baseUrl() + "/jwks");
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
  }

  @AfterAll
  static void stop() {
    first.stop();
    second.stop();
  }

  @Autowired WebTestClient web;
  @Autowired InstanceBalancer balancer;

  @BeforeEach
  void stubs() {
    for (WireMockServer instance : new WireMockServer[] {first, second}) {
      instance.resetAll();
      instance.stubFor(
          get("/jwks").willReturn(okJson(new JWKSet(IDP_KEY.toPublicJWK()).toString())));
      instance.stubFor(get(urlPathEqualTo("/api/v1/applications")).willReturn(okJson("[]")));
      instance.stubFor(
          post("/api/v1/review/cases/a1/decision")
              // the body reaches the instance that answers, also after a refused connection
              .withRequestBody(containing("APPROVE"))
              .willReturn(okJson("{\"decided\": true}")));
    }
  }

  @Test
  void requestsGoToEachInstanceInTurn() {
    String token = tokenFor("APPLICANT");
    for (int i = 0; i < 10; i++) {
      web.get()
          .uri("/api/v1/applications")
          .headers(h -> h.setBearerAuth(token))
          .exchange()
          .expectStatus()
          .isOk();
    }
    first.verify(5, getRequestedFor(urlEqualTo("/api/v1/applications")));
    second.verify(5, getRequestedFor(urlEqualTo("/api/v1/applications")));
  }

  @Test
  void whileOneInstanceIsDeadEveryRequestReachesTheOtherAndTheDeadOneIsLeftOut() {
    String token = tokenFor("OFFICER");
    for (int i = 0; i < 6; i++) {
      web.post()
          .uri("/api/v1/review/cases/a1/decision")
          .headers(h -> h.setBearerAuth(token))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue("{\"decision\": \"APPROVE\"}")
          .exchange()
          .expectStatus()
          .isOk();
    }
    second.verify(6, postRequestedFor(urlEqualTo("/api/v1/review/cases/a1/decision")));
    ServiceInstances permits = balancer.services().get("127.0.0.1:" + deadPort);
    assertThat(permits.resting(URI.create("http://127.0.0.1:" + deadPort))).isTrue();
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

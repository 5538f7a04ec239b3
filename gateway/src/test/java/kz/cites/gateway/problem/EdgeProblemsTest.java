package kz.cites.gateway.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static kz.cites.gateway.TestTokens.IDP_KEY;
import static kz.cites.gateway.TestTokens.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the gateway refuses before any route answers is a problem with a stable type, down to what
 * Reactor Netty refuses before Spring sees the request; the requests are sent as raw bytes, since
 * no HTTP client sends them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeProblemsTest {

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

  @LocalServerPort int port;

  @BeforeEach
  void stubDownstream() {
    downstream.resetAll();
    downstream.stubFor(
        get("/jwks").willReturn(okJson(new JWKSet(IDP_KEY.toPublicJWK()).toString())));
    downstream.stubFor(
        any(anyUrl()).atPriority(10).willReturn(okJson("{\"from\":\"downstream\"}")));
  }

  /**
   * A problem the gateway answers itself ends a kept-alive connection (see {@link Problems}): the
   * socket is closed after the answer, so a caller's next request goes on a new connection instead
   * of waiting on one the server may not read. {@link RawHttp#send} reads until the server closes;
   * on a connection left open it would wait for its 20 s timeout and fail.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "GET /api/v1/nothing-routed HTTP/1.1", // 404 of ours
        "GET /api/v1/applications HTTP/1.1", // 401: no token
        "GET /api/v1/verifications/x HTTP/1.1", // 401 before any role rule
      })
  void anAnswerOfTheGatewaysOwnClosesAKeptAliveConnection(String requestLine) throws Exception {
    RawHttp.Answer answer = RawHttp.send(port, requestLine + "\r\nHost: localhost", null);

    assertThat(answer.status()).isBetween(400, 499);
    assertThat(answer.headers()).containsEntry("connection", "close");
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  /** What a service answers through a route keeps the connection open for the caller's next. */
  @Test
  void aProxiedAnswerKeepsTheConnection() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      for (int request = 0; request < 2; request++) {
        out.write(
            "GET /api/v1/public/permits/KZ-2026-000001?code=ABCD HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        assertThat(in.readLine()).as("answer %d", request + 1).startsWith("HTTP/1.1 200");
        skipHeadersAndBody(in);
      }
    }
  }

  /** Reads one answer's headers (none may close the connection) and its body, sized or chunked. */
  private static void skipHeadersAndBody(BufferedReader in) throws IOException {
    int length = -1;
    boolean chunked = false;
    for (String line; !(line = in.readLine()).isEmpty(); ) {
      String header = line.toLowerCase(Locale.ROOT);
      assertThat(header).isNotEqualTo("connection: close");
      if (header.startsWith("content-length:")) {
        length = Integer.parseInt(header.substring("content-length:".length()).trim());
      }
      chunked |= header.startsWith("transfer-encoding:") && header.contains("chunked");
    }
    if (!chunked) {
      assertThat(length).isPositive();
      assertThat(in.skip(length)).isEqualTo(length);
      return;
    }
    for (int size; (size = Integer.parseInt(in.readLine().trim(), 16)) > 0; ) {
      assertThat(in.skip(size)).isEqualTo(size);
      in.readLine();
    }
    in.readLine();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/api/v1/applications;jsessionid=1",
        "/api/v1/applications/a%2Fb",
        "/api/v1/applications/a%00b",
        "/api/v1/applications/a%25b",
        "/api/v1/applications/a%5Cb",
        "/api/v1/public/../applications",
      })
  void whatTheFirewallRefusesIsARequestRejectedProblem(String target) throws Exception {
    assertProblem(RawHttp.get(port, target), 400, "request-rejected");
    assertNothingProxied();
  }

  @Test
  void aRequestLineOrHeadersOverNettysLimitsAre414And431Problems() throws Exception {
    assertProblem(
        RawHttp.get(port, "/api/v1/public/keys?q=" + "x".repeat(10_000)), 414, "uri-too-long");
    assertProblem(
        RawHttp.get(port, "/api/v1/public/keys", "X-Big: " + "y".repeat(20_000)),
        431,
        "headers-too-large");
    assertNothingProxied();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "GET /api/v1/public/a|b HTTP/1.1", // a character no URI may hold (Spring's adapter)
        "GET /api/v1/public/%zz HTTP/1.1", // no percent-encoding
        "GET /api/v1/public/keys HTTP/1.1 extra", // no request line (Netty's decoder)
      })
  void whatCannotBeReadAsHttpIsAMalformedRequestProblem(String requestLine) throws Exception {
    assertProblem(
        RawHttp.send(port, requestLine + "\r\nHost: localhost\r\nConnection: close", null),
        400,
        "malformed-request");
    assertProblem(RawHttp.send(port, "BLAH", null), 400, "malformed-request");
    assertNothingProxied();
  }

  @Test
  void anEmptyErrorOfAServiceReachesTheClientAsAProblemOfItsStatus() throws Exception {
    downstream.stubFor(get("/api/v1/public/keys").willReturn(aResponse().withStatus(406)));

    assertProblem(
        RawHttp.get(port, "/api/v1/public/keys", "Accept: text/csv"), 406, "not-acceptable");
  }

  @Test
  void aServicesOwnProblemPassesUnchanged() throws Exception {
    downstream.stubFor(
        get("/api/v1/public/keys")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        "{\"type\":\"https://cites.kz/problems/not-found\",\"status\":404,"
                            + "\"detail\":\"from the service\"}")));

    RawHttp.Answer answer = RawHttp.get(port, "/api/v1/public/keys");

    assertProblem(answer, 404, "not-found");
    assertThat(answer.body()).contains("from the service");
  }

  private void assertNothingProxied() {
    assertThat(downstream.getAllServeEvents())
        .extracting(event -> event.getRequest().getUrl())
        .allMatch("/jwks"::equals);
  }

  static void assertProblem(RawHttp.Answer answer, int status, String type) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("\"type\":\"https://cites.kz/problems/" + type + "\"")
        .contains("\"status\":" + status);
  }
}

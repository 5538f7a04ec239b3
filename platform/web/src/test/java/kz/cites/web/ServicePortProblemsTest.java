package kz.cites.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.cites.access.ApiOwner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service's own port, bypassing the gateway, on a real Tomcat: every refusal before or around a
 * controller is an {@code application/problem+json} with a stable type, whatever the request looked
 * like.
 */
@SpringBootTest(
    classes = ServicePortProblemsTest.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.application.name=edge-test",
      "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/jwks",
      "cites.web.max-json-body-size=64KB"
    })
class ServicePortProblemsTest {

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {
    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiSecurity security) throws Exception {
      return security.chain(
          http, ApiOwner.PERMIT, auth -> auth.requestMatchers("/test/**").permitAll());
    }

    @Bean
    Things things() {
      return new Things();
    }

    /** A filter that fails: no handler of Spring MVC sees its exception, the error page does. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> failing() {
      var registration =
          new org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter>(
              (request, response, chain) -> {
                throw new IllegalStateException("a filter broke");
              });
      registration.addUrlPatterns("/test/explode");
      return registration;
    }
  }

  record Note(String text) {}

  record Thing(
      String name,
      List<String> tags,
      Note note,
      Map<String, String> labels,
      Integer count,
      java.math.BigDecimal amount) {}

  @RestController
  static class Things {
    @GetMapping(path = "/test/things", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> list() {
      return Map.of("thing", "one");
    }

    @GetMapping("/test/headed")
    String headed(
        @org.springframework.web.bind.annotation.RequestHeader("X-Needed") String needed) {
      return needed;
    }

    @PostMapping(path = "/test/things", consumes = MediaType.APPLICATION_JSON_VALUE)
    Thing add(@RequestBody Thing thing) {
      return thing;
    }
  }

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.security.oauth2.jwt.JwtDecoder tokenDecoder;

  @Test
  void bootsTokenDecoderIsTheRememberingOne() {
    // the resource server checks bearer tokens with this bean: Boot's decoder behind the memory
    assertThat(tokenDecoder).isInstanceOf(VerifiedTokens.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/test/things;jsessionid=1", // Spring Security's firewall
        "/test/a%25b",
        "/test/../test/things",
        "/test/a%2Fb", // Tomcat's own refusals of the same kind
        "/test/a%00b",
        "/test/a%5Cb",
      })
  void whatTheFirewallRefusesIsARequestRejectedProblem(String target) throws Exception {
    RawHttp.Answer answer = RawHttp.get(port, target);

    assertProblem(answer, 400, "request-rejected");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "GET /test/a|b HTTP/1.1", // a character no URL may hold
        "GET /test/%zz HTTP/1.1", // no percent-encoding
        "GET /test/things HTTP/1.1 extra", // no request line
      })
  void whatTomcatCannotReadIsAMalformedRequestProblem(String requestLine) throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(port, requestLine + "\r\nHost: localhost\r\nConnection: close", null);

    assertProblem(answer, 400, "malformed-request");
  }

  @Test
  void aRequestLineOrHeadersOverTheLimitAre414And431Problems() throws Exception {
    assertProblem(RawHttp.get(port, "/test/things?q=" + "x".repeat(20_000)), 414, "uri-too-long");
    assertProblem(
        RawHttp.get(port, "/test/things", "X-Big: " + "y".repeat(20_000)),
        431,
        "headers-too-large");
  }

  @Test
  void whatSpringMvcRefusesBeforeAControllerIsTyped() throws Exception {
    assertProblem(RawHttp.get(port, "/test/nothing"), 404, "not-found");
    assertProblem(
        RawHttp.send(port, "DELETE /test/things HTTP/1.1\r\nHost: x\r\nConnection: close", null),
        405,
        "method-not-allowed");
    // even when the client accepts nothing a problem can be written in
    assertProblem(RawHttp.get(port, "/test/things", "Accept: text/csv"), 406, "not-acceptable");
    assertProblem(
        post("text/plain", "name=x".getBytes(StandardCharsets.US_ASCII)),
        415,
        "unsupported-media-type");
  }

  @Test
  void aProblemSpringLeavesUntypedGetsTheTypeOfItsStatus() throws Exception {
    RawHttp.Answer answer = RawHttp.get(port, "/test/headed");

    assertProblem(answer, 400, "malformed-request");
    assertThat(answer.body()).contains("X-Needed");
  }

  @Test
  void anExceptionOutsideSpringMvcIsAnInternalProblemWithoutItsMessage() throws Exception {
    RawHttp.Answer answer = RawHttp.get(port, "/test/explode", "Accept: text/html");

    assertProblem(answer, 500, "internal");
    assertThat(answer.body()).doesNotContain("a filter broke");
  }

  @Test
  void aJsonBodyOverTheCapIs413WhetherDeclaredOrStreamed() throws Exception {
    byte[] big = ("{\"name\":\"" + "z".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    assertProblem(post("application/json", big), 413, "body-too-large");
    RawHttp.Answer streamed =
        RawHttp.send(
            port,
            "POST /test/things HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked",
            chunked(big));
    assertProblem(streamed, 413, "body-too-large");
    // under the cap the body is read as before
    RawHttp.Answer small =
        post("application/json", "{\"name\":\"small\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(small.status()).isEqualTo(200);
    assertThat(small.body()).contains("\"name\":\"small\"");
  }

  @Test
  void aFormBodyNoOperationTakesIsAProblemToo() throws Exception {
    byte[] form = ("a=" + "b".repeat(3_000_000)).getBytes(StandardCharsets.US_ASCII);

    RawHttp.Answer answer = post("application/x-www-form-urlencoded", form);

    assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body()).contains("\"type\":\"https://cites.kz/problems/");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"a\\u0000b\"}|name|NoNulCharacter",
        "{\"name\":\"ok\",\"tags\":[\"a\",\"\\ud800x\"]}|tags[1]|WellFormedUnicode",
        "{\"name\":\"ok\",\"note\":{\"text\":\"x\\udc00\"}}|note.text|WellFormedUnicode",
        "{\"name\":\"ok\",\"labels\":{\"k\":\"\\u0000\"}}|labels.k|NoNulCharacter",
      })
  void textWithNulOrALoneSurrogateIsAValidationProblemNamingTheField(
      String body, String field, String rule) throws Exception {
    RawHttp.Answer answer = post("application/json", body.getBytes(StandardCharsets.UTF_8));

    assertProblem(answer, 400, "validation");
    assertThat(answer.body()).contains("\"field\":\"" + field + "\"", "\"rule\":\"" + rule + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"x\",\"count\":\"5\"}|count",
        "{\"name\":\"x\",\"count\":1.5}|count",
        "{\"name\":\"x\",\"count\":\"\"}|count",
        "{\"name\":\"x\",\"amount\":\"8650.00\"}|amount",
      })
  void numbersAreJsonNumbersAndWholeNumbersWhole(String body, String field) throws Exception {
    RawHttp.Answer answer = post("application/json", body.getBytes(StandardCharsets.UTF_8));

    assertProblem(answer, 400, "malformed-body");
    assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
    RawHttp.Answer numbers =
        post(
            "application/json",
            "{\"name\":\"x\",\"count\":5,\"amount\":8650.5}".getBytes(StandardCharsets.UTF_8));
    assertThat(numbers.status()).as(numbers.body()).isEqualTo(200);
  }

  @Test
  void aQueryParameterWithNulIsAValidationProblemNamingIt() throws Exception {
    RawHttp.Answer answer = RawHttp.get(port, "/test/things?page=1&q=wolf%00");

    assertProblem(answer, 400, "validation");
    assertThat(answer.body()).contains("\"field\":\"q\"", "\"rule\":\"NoNulCharacter\"");
    assertThat(RawHttp.get(port, "/test/things?q=%D2%9B%D0%B0%D1%81%D2%9B%D1%8B%D1%80").status())
        .isEqualTo(200);
  }

  @Test
  void aPairOfSurrogatesIsOneCharacterAndWelcome() throws Exception {
    RawHttp.Answer answer =
        post(
            "application/json",
            "{\"name\":\"\\ud83d\\udc3a wolf\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  private RawHttp.Answer post(String contentType, byte[] body) throws Exception {
    return RawHttp.send(
        port,
        "POST /test/things HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length,
        body);
  }

  static void assertProblem(RawHttp.Answer answer, int status, String type) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("\"type\":\"https://cites.kz/problems/" + type + "\"")
        .contains("\"status\":" + status);
  }

  static byte[] chunked(byte[] body) {
    var out = new java.io.ByteArrayOutputStream();
    for (int at = 0; at < body.length; at += 8192) {
      int n = Math.min(8192, body.length - at);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, at, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}

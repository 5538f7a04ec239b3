package kz.cites.verification.egov;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.net.URI;
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
    return new ShepClient(RestClient.builder(), properties, JsonMapper.builder().build());
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
    return """
        {"iin": "%s", "lastName": "%s", "firstName": "%s", "middleName": "%s",
         "birthDate": "1981-12-01", "alive": %s, "deathDate": %s}
        """
        .formatted(iin, last, first, middle, alive, alive ? "null" : "\"2025-02-01\"");
  }

  public static String receipts(String payerId, String reference) {
    return """
        {"receipts": [{"receiptNumber": "R-2026-000017", "payerId": "%s", "amount": 8650.00,
          "paidAt": "2026-03-20T13:55:00Z", "reference": "%s"}]}
        """
        .formatted(payerId, reference);
  }
}

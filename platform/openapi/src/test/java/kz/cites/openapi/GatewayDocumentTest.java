package kz.cites.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class GatewayDocumentTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static ObjectNode service() {
    return (ObjectNode)
        JSON.readTree(
            """
            {"openapi": "3.1.0", "info": {"title": "fee-service", "version": "v1"},
             "servers": [{"url": "http://localhost:8083"}],
             "paths": {"/api/v1/fees/quote": {"get": {"responses": {
               "200": {"description": "The duty"},
               "503": {"description": "Service Unavailable.", "content": {
                 "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"},
                   "examples": {"calendar": {"$ref": "#/components/examples/problem-x"}}}}}}}},
                       "/api/v1/fees/tariff/mci/{year}": {"put": {
               "requestBody": {"content": {"application/json": {}}},
               "responses": {"200": {"description": "Set"}}}}}}
            """);
  }

  @Test
  void theGatewayIsTheServerAndItsOwnAnswersAreOnEveryOperation() {
    JsonNode published = GatewayDocument.rewrite(service());
    assertThat(published.at("/servers/0/url").asString()).isEqualTo("/");
    assertThat(published.path("servers").size()).isEqualTo(1);
    JsonNode quote = published.at("/paths/~1api~1v1~1fees~1quote/get/responses");
    assertThat(quote.has("413")).as("no body, no 413").isFalse();
    assertThat(quote.at("/429/headers/Retry-After/$ref").asString())
        .isEqualTo("#/components/headers/Retry-After");
    // the service's own 503 keeps its example and gains the gateway's
    assertThat(quote.at("/503/content/application~1problem+json/examples").propertyNames())
        .containsExactlyInAnyOrder("calendar", "gateway-service-unavailable");
    assertThat(quote.at("/503/description").asString())
        .startsWith("Service Unavailable.")
        .contains("https://cites.kz/problems/service-unavailable");
    assertThat(quote.has("502") && quote.has("504")).isTrue();
    assertThat(quote.at("/200/headers/RateLimit-Remaining/$ref").asString()).isNotBlank();
    assertThat(quote.at("/429/headers/X-Correlation-Id/$ref").asString()).isNotBlank();
    JsonNode mci = published.at("/paths/~1api~1v1~1fees~1tariff~1mci~1{year}/put/responses");
    assertThat(mci.has("413")).isTrue();
    // what the gateway adds resolves within the document
    assertThat(ApiLint.check(published))
        .noneMatch(f -> f.contains("#/components/headers/") || f.contains("examples/gateway-"));
  }

  @Test
  void rewritingTwiceChangesNothingMore() {
    String once = JSON.writeValueAsString(GatewayDocument.rewrite(service()));
    String twice = GatewayDocument.rewrite(once);
    assertThat(JSON.readTree(twice)).isEqualTo(JSON.readTree(once));
  }

  @Test
  void whatIsNoDocumentPassesUntouched() {
    assertThat(GatewayDocument.rewrite("<html>502</html>")).isEqualTo("<html>502</html>");
  }
}

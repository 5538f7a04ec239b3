package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import kz.cites.openapi.ApiLint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API contract through the gateway (issue 16): the documents the gateway serves are the ones
 * integrators generate clients from, and a link the services write points at the gateway, whatever
 * a client claims in forwarded headers.
 */
class ApiContractIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void theLocationOfANewDraftPointsAtTheGateway() {
    String token = portal.signIn(Drafts.ABENOVA.iin(), null, "APPLICANT");
    Http.Response created =
        http.post(portal.api("/api/v1/applications"), token, Drafts.export(Drafts.ABENOVA));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    String location = created.raw().headers().firstValue("Location").orElseThrow();
    String id = created.body().get("id").asString();
    assertThat(URI.create(location))
        .as("Location of the draft")
        .isEqualTo(portal.api("/api/v1/applications/" + id));
    // and it leads to the draft, through the gateway
    assertThat(http.get(URI.create(location), token).status()).isEqualTo(200);
  }

  @Test
  void aClientCannotChooseTheHostItsLinksPointAt() throws Exception {
    String token = portal.signIn(Drafts.ABENOVA.iin(), null, "APPLICANT");
    HttpRequest request =
        HttpRequest.newBuilder(portal.api("/api/v1/applications"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("X-Forwarded-Host", "evil.example")
            .header("X-Forwarded-Proto", "https")
            .header("Forwarded", "host=evil.example;proto=https")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Drafts.export(Drafts.ABENOVA))))
            .build();
    HttpResponse<String> created =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location)
        .doesNotContain("evil.example")
        .startsWith(portal.api("/api/v1/applications/").toString());
  }

  /**
   * What the gateway serves is the published document: every operation of docs/openapi/ (what
   * clients are generated from) is there, and it keeps the house rules.
   */
  @ParameterizedTest
  @ValueSource(strings = {"application", "fee", "verification", "permit"})
  void theGatewayServesThePublishedDocuments(String service) {
    JsonNode served = http.get(portal.api("/v3/api-docs/" + service), null).body();
    assertThat(ApiLint.check(served)).as("lint findings of the served document").isEmpty();
    JsonNode published = PublishedContract.get().document(service);
    assertThat(operationIds(served)).isEqualTo(operationIds(published));
    assertThat(served.at("/servers/0/url").asString()).isEqualTo("/");
  }

  private static List<String> operationIds(JsonNode document) {
    return document
        .path("paths")
        .valueStream()
        .flatMap(item -> item.valueStream())
        .map(operation -> operation.path("operationId").asString(""))
        .sorted()
        .toList();
  }
}

package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Object-level authorisation through the gateway: another applicant, with a valid token and the
 * right role, gets 404 with a problem detail on every owner route of someone else's application,
 * and nothing of it changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerIsolationIT {

  static final String OWNER_IIN = "811201401188";
  static final String STRANGER_IIN = "850719302180";

  private final Http http = new Http();
  private final Portal portal = new Portal(SystemUnderTest.get(), http);
  private final HttpClient client = HttpClient.newHttpClient();
  private String ownerToken;
  private String strangerToken;
  private String applicationId;
  private String draftJson;

  @BeforeAll
  void anApplicationOfSomeoneElse() {
    ownerToken = portal.signIn(OWNER_IIN, null, "APPLICANT");
    strangerToken = portal.signIn(STRANGER_IIN, null, "APPLICANT");
    Map<String, Object> draft = Drafts.export(Drafts.ABENOVA);
    draftJson = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(draft);
    Http.Response created = http.post(portal.api("/api/v1/applications"), ownerToken, draft);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    applicationId = created.body().get("id").asString();
    portal.attachWhatIsMissing(applicationId, ownerToken);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET,  /api/v1/applications/{id}",
    "PUT,  /api/v1/applications/{id}",
    "GET,  /api/v1/applications/{id}/signing-payload",
    "POST, /api/v1/applications/{id}/submission",
    "POST, /api/v1/applications/{id}/withdrawal",
    "GET,  /api/v1/fees/{id}",
  })
  void anotherApplicantGetsNotFound(String method, String path) throws Exception {
    URI uri = portal.api(path.replace("{id}", applicationId));
    String body =
        switch (method) {
          case "PUT" -> draftJson; // a valid body: only ownership can refuse it
          case "POST" -> "{\"signature\":\"c2ln\",\"reason\":\"mine now\"}";
          default -> null;
        };
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + strangerToken)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));

    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    assertThat(response.body()).doesNotContain(OWNER_IIN);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    Http.Response mine = http.get(portal.api("/api/v1/applications/" + applicationId), ownerToken);
    assertThat(mine.body().get("status").asString()).isEqualTo("DRAFT");
  }

  /**
   * The owner's issued permit, its signed document, the refusal-document route and the owner's
   * cabinet notification: none of them for another applicant.
   */
  @org.junit.jupiter.api.Test
  void anotherApplicantCannotReachThePermitItsDocumentOrTheCabinet() {
    String issuedApplication = issuedApplicationOfTheOwner();
    String permitNumber =
        http.get(portal.api("/api/v1/applications/" + issuedApplication), ownerToken)
            .body()
            .get("permitNumber")
            .asString();
    String notificationId =
        http.get(portal.api("/api/v1/cabinet/notifications"), ownerToken)
            .body()
            .get("items")
            .get(0)
            .get("id")
            .asString();

    assertThat(http.get(portal.api("/api/v1/permits/" + permitNumber), strangerToken).status())
        .isEqualTo(404);
    // the signed document as a client asks for it: a JWS, or the PDF
    for (String accept : List.of("application/jose", "application/pdf")) {
      assertThat(
              http.status(
                  portal.api("/api/v1/permits/" + permitNumber + "/document"),
                  strangerToken,
                  accept))
          .as(accept)
          .isEqualTo(404);
    }
    assertThat(
            http.get(
                    portal.api("/api/v1/permits?applicationId=" + issuedApplication), strangerToken)
                .body()
                .toString())
        .doesNotContain(permitNumber);
    assertThat(
            http.status(
                portal.api("/api/v1/refusals/" + issuedApplication + "/document"),
                strangerToken,
                "application/jose"))
        .isEqualTo(404);
    assertThat(
            http.post(
                    portal.api("/api/v1/cabinet/notifications/" + notificationId + "/read"),
                    strangerToken,
                    Map.of())
                .status())
        .isEqualTo(404);
    assertThat(
            http.get(portal.api("/api/v1/cabinet/notifications"), strangerToken).body().toString())
        .doesNotContain(notificationId);
    assertThat(http.get(portal.api("/api/v1/permits/" + permitNumber), ownerToken).status())
        .isEqualTo(200);
  }

  private String issuedApplicationOfTheOwner() {
    Http.Response created =
        http.post(portal.api("/api/v1/applications"), ownerToken, draftWithTransport());
    String id = created.body().get("id").asString();
    portal.attachWhatIsMissing(id, ownerToken);
    portal.payTheDuty(id, OWNER_IIN, null, ownerToken);
    assertThat(portal.submitSigned(id, OWNER_IIN, null, ownerToken).status()).isEqualTo(202);
    portal.officerApproves(id, portal.signIn("860606407353", null, "OFFICER"), ownerToken);
    portal.awaitStatus(id, "ISSUED", ownerToken);
    return id;
  }

  private Map<String, Object> draftWithTransport() {
    Map<String, Object> draft =
        new java.util.HashMap<>(
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readValue(draftJson, Map.class));
    draft.put(
        "transport",
        Map.of(
            "borderCrossing",
            "Astana airport",
            "plannedDate",
            java.time.LocalDate.now().plusMonths(1).toString()));
    return draft;
  }

  @org.junit.jupiter.api.Test
  void anotherApplicantCannotAttachOrReadDocuments() {
    Http.Response upload =
        http.upload(
            portal.api("/api/v1/applications/" + applicationId + "/documents"),
            strangerToken,
            "OTHER",
            "x.pdf",
            "application/pdf",
            "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(upload.status()).isEqualTo(404);

    Http.Response list = http.get(portal.api("/api/v1/applications"), strangerToken);
    assertThat(list.body().toString()).doesNotContain(applicationId);
  }
}

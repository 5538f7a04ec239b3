package kz.cites.systemtests;

import static kz.cites.systemtests.Drafts.DALA_FAUNA_ATTORNEY;
import static kz.cites.systemtests.Drafts.DALA_FAUNA_HEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * One rule for company access, through the gateway, on every owner route (issue 15): Dala Fauna
 * Trade LLP's head (680514304126) and its attorney (900322405274), each signed in for the company
 * (the token carries its BIN), see and act on all of the company's filings, whoever of them filed
 * them: applications, documents, cabinet notifications, the fee, the permit and its document, the
 * refusal, the hearing. The same two people signed in alone get 404 on every one of them, and the
 * company's filings are not in their lists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyAccessIT {

  static final String DALA_FAUNA = "940140000385";
  static final String OFFICER_IIN = "860606407353";

  private final Http http = new Http();
  private final Portal portal = new Portal(SystemUnderTest.get(), http);

  private String headForTheCompany;
  private String attorneyForTheCompany;
  private String headAlone;
  private String attorneyAlone;
  private String officer;

  /** Filed by the head for the company, approved: a permit, a fee, notifications. */
  private String issued;

  private String permitNumber;
  private String documentId;

  /** Filed by the attorney for the company, refused after a hearing the head answered. */
  private String refused;

  /** A draft the head started for the company. */
  private String draft;

  @BeforeAll
  void theCompanysFilings() {
    headForTheCompany = portal.signIn(DALA_FAUNA_HEAD.iin(), DALA_FAUNA, "APPLICANT");
    attorneyForTheCompany = portal.signIn(DALA_FAUNA_ATTORNEY.iin(), DALA_FAUNA, "APPLICANT");
    headAlone = portal.signIn(DALA_FAUNA_HEAD.iin(), null, "APPLICANT");
    attorneyAlone = portal.signIn(DALA_FAUNA_ATTORNEY.iin(), null, "APPLICANT");
    officer = portal.signIn(OFFICER_IIN, null, "OFFICER");

    issued =
        portal.fileComplete(DALA_FAUNA_HEAD, Drafts.export(DALA_FAUNA_HEAD), headForTheCompany);
    refused =
        portal.fileComplete(
            DALA_FAUNA_ATTORNEY, Drafts.export(DALA_FAUNA_ATTORNEY), attorneyForTheCompany);
    draft = portal.draftWithItsDocuments(Drafts.export(DALA_FAUNA_HEAD), headForTheCompany);

    // the attorney follows the head's application to its permit
    portal.officerApproves(issued, officer, attorneyForTheCompany);
    JsonNode application = portal.awaitStatus(issued, "ISSUED", attorneyForTheCompany).body();
    permitNumber = application.path("permitNumber").asString();
    documentId = application.path("documents").get(0).path("id").asString();

    // the officer intends to refuse the attorney's application; the head answers the hearing
    portal.awaitStatus(refused, "IN_REVIEW", headForTheCompany);
    Http.Response intent = http.post(decision(refused), officer, refusal());
    assertThat(intent.status()).as(intent.body().toString()).isEqualTo(200);
    portal.awaitStatus(refused, "HEARING", headForTheCompany);
    for (String alone : List.of(headAlone, attorneyAlone)) {
      Http.Response foreign = http.post(objection(refused), alone, Map.of("text", "Не моё"));
      assertThat(foreign.status()).as(foreign.body().toString()).isEqualTo(404);
    }
    Http.Response answer =
        http.post(
            objection(refused),
            headForTheCompany,
            Map.of("text", "Кольца поставлены питомником; реестр приложен."));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> http.get(portal.api("/api/v1/review/cases/" + refused), officer).body(),
            reviewCase -> "IN_REVIEW".equals(reviewCase.path("status").asString()));
    Http.Response finalRefusal = http.post(decision(refused), officer, refusal());
    assertThat(finalRefusal.status()).as(finalRefusal.body().toString()).isEqualTo(200);
    portal.awaitStatus(refused, "REFUSED", attorneyForTheCompany);
  }

  @Test
  void theHeadAndTheAttorneySignedInForTheCompanySeeAllOfItsFilings() {
    SoftAssertions soft = new SoftAssertions();
    for (String forTheCompany : List.of(headForTheCompany, attorneyForTheCompany)) {
      String who = forTheCompany == headForTheCompany ? "head for" : "attorney for";
      readRoutes()
          .forEach(
              (route, status) ->
                  soft.assertThat(status.apply(forTheCompany))
                      .as(who + " " + route)
                      .isEqualTo(200));
      soft.assertThat(ids(http.get(portal.api("/api/v1/applications?size=100"), forTheCompany)))
          .as(who + " GET /applications")
          .contains(issued, refused, draft);
      soft.assertThat(notificationOf(issued, forTheCompany))
          .as(who + " GET /cabinet/notifications")
          .isNotNull();
    }
    soft.assertAll();

    // acting on them: the attorney marks the head's notification read, replaces the head's draft,
    // uploads to it and fetches what to sign; the head withdraws it
    String notification = notificationOf(issued, headForTheCompany);
    assertThat(
            http.post(
                    portal.api("/api/v1/cabinet/notifications/" + notification + "/read"),
                    attorneyForTheCompany,
                    Map.of())
                .status())
        .isEqualTo(200);
    Http.Response replaced =
        http.put(
            portal.api("/api/v1/applications/" + draft),
            attorneyForTheCompany,
            Drafts.export(DALA_FAUNA_ATTORNEY));
    assertThat(replaced.status()).as(replaced.body().toString()).isEqualTo(200);
    assertThat(upload(draft, attorneyForTheCompany).status()).isEqualTo(201);
    assertThat(
            http.get(
                    portal.api("/api/v1/applications/" + draft + "/signing-payload"),
                    attorneyForTheCompany)
                .status())
        .isEqualTo(200);
    Http.Response withdrawn =
        http.post(
            portal.api("/api/v1/applications/" + draft + "/withdrawal"),
            headForTheCompany,
            Map.of("reason", "Сделка отменена"));
    assertThat(withdrawn.status()).as(withdrawn.body().toString()).isEqualTo(200);
  }

  @Test
  void theSamePeopleSignedInAloneSeeNoneOfTheCompanysFilings() {
    String notification = notificationOf(issued, headForTheCompany);
    SoftAssertions soft = new SoftAssertions();
    for (String alone : List.of(headAlone, attorneyAlone)) {
      String who = alone == headAlone ? "head alone" : "attorney alone";
      readRoutes()
          .forEach(
              (route, status) ->
                  soft.assertThat(status.apply(alone)).as(who + " " + route).isEqualTo(404));
      soft.assertThat(
              http.get(portal.api("/api/v1/permits?applicationId=" + issued), alone)
                  .body()
                  .toString())
          .as(who + " GET /permits?applicationId")
          .doesNotContain(permitNumber);
      soft.assertThat(ids(http.get(portal.api("/api/v1/applications?size=100"), alone)))
          .as(who + " GET /applications")
          .doesNotContain(issued, refused, draft);
      soft.assertThat(notificationOf(issued, alone))
          .as(who + " GET /cabinet/notifications")
          .isNull();
      Map<String, Http.Response> changes =
          Map.of(
              "POST /cabinet/notifications/{id}/read",
              http.post(
                  portal.api("/api/v1/cabinet/notifications/" + notification + "/read"),
                  alone,
                  Map.of()),
              "PUT /applications/{draft}",
              http.put(
                  portal.api("/api/v1/applications/" + draft),
                  alone,
                  Drafts.export(Drafts.ABENOVA)),
              "POST /applications/{draft}/documents",
              upload(draft, alone),
              "POST /applications/{draft}/submission",
              http.post(
                  portal.api("/api/v1/applications/" + draft + "/submission"),
                  alone,
                  Map.of("signature", "c2ln")),
              "POST /applications/{draft}/withdrawal",
              http.post(
                  portal.api("/api/v1/applications/" + draft + "/withdrawal"),
                  alone,
                  Map.of("reason", "mine now")));
      changes.forEach(
          (route, response) -> {
            soft.assertThat(response.status()).as(who + " " + route).isEqualTo(404);
            soft.assertThat(response.raw().headers().firstValue("Content-Type").orElse(""))
                .as(who + " " + route)
                .startsWith("application/problem+json");
          });
    }
    soft.assertAll();
  }

  /** Every read route of an owner, by its status for a token. */
  private Map<String, Function<String, Integer>> readRoutes() {
    return Map.of(
        "GET /applications/{id}",
        token -> http.get(portal.api("/api/v1/applications/" + issued), token).status(),
        "GET /applications/{id}/documents/{documentId}",
        token ->
            http.status(
                portal.api("/api/v1/applications/" + issued + "/documents/" + documentId),
                token,
                "*/*"),
        "GET /applications/{id}/signing-payload",
        token ->
            http.get(portal.api("/api/v1/applications/" + draft + "/signing-payload"), token)
                .status(),
        "GET /fees/{id}",
        token -> http.get(portal.api("/api/v1/fees/" + issued), token).status(),
        "GET /permits/{number}",
        token -> http.get(portal.api("/api/v1/permits/" + permitNumber), token).status(),
        "GET /permits/{number}/document (JWS)",
        token ->
            http.status(
                portal.api("/api/v1/permits/" + permitNumber + "/document"),
                token,
                "application/jose"),
        "GET /permits/{number}/document (PDF)",
        token ->
            http.status(
                portal.api("/api/v1/permits/" + permitNumber + "/document"),
                token,
                "application/pdf"),
        "GET /refusals/{id}/document",
        token ->
            http.status(
                portal.api("/api/v1/refusals/" + refused + "/document"), token, "application/jose"),
        "GET /applications/{refused}",
        token -> http.get(portal.api("/api/v1/applications/" + refused), token).status());
  }

  private Http.Response upload(String applicationId, String token) {
    return http.upload(
        portal.api("/api/v1/applications/" + applicationId + "/documents"),
        token,
        "OTHER",
        "letter.pdf",
        "application/pdf",
        "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
  }

  private String notificationOf(String applicationId, String token) {
    JsonNode items =
        http.get(portal.api("/api/v1/cabinet/notifications?size=100"), token).body().path("items");
    for (JsonNode item : items) {
      if (applicationId.equals(item.path("applicationId").asString())) {
        return item.path("id").asString();
      }
    }
    return null;
  }

  private static List<String> ids(Http.Response page) {
    return page.body().path("items").valueStream().map(i -> i.path("id").asString()).toList();
  }

  private java.net.URI decision(String applicationId) {
    return portal.api("/api/v1/review/cases/" + applicationId + "/decision");
  }

  private java.net.URI objection(String applicationId) {
    return portal.api("/api/v1/applications/" + applicationId + "/hearing/objection");
  }

  private static Map<String, Object> refusal() {
    return Map.of(
        "decision",
        "REFUSE",
        "grounds",
        List.of("NON_COMPLIANCE"),
        "reason",
        "Номера колец не совпадают с реестром питомника.");
  }
}

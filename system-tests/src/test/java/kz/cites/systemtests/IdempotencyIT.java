package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The conventions of docs/adr/0015 through the gateway, as a portal meets them: a retried draft
 * creation answers the first draft (with its link at the gateway) and creates no second one; the
 * draft's version travels as ETag and If-Match; lists come as pages.
 */
class IdempotencyIT {

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void aRetriedDraftCreationThroughTheGatewayAnswersTheFirstDraft() {
    String token = portal.signIn(Drafts.ABENOVA.iin(), null, "APPLICANT");
    var draft = Drafts.export(Drafts.ABENOVA);
    Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
    long before = drafts(token);

    Http.Response first = http.json("POST", portal.api("/api/v1/applications"), token, draft, key);
    assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
    Http.Response again = http.json("POST", portal.api("/api/v1/applications"), token, draft, key);
    assertThat(again.status()).as(again.body().toString()).isEqualTo(201);
    assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
    assertThat(again.raw().headers().firstValue("Location"))
        .isEqualTo(first.raw().headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).startsWith(portal.api("/api/v1/").toString()));
    assertThat(drafts(token)).isEqualTo(before + 1);

    // the same key for another draft is refused, naming the header, and creates nothing
    Map<String, Object> other = new java.util.HashMap<>(draft);
    other.put("purposeCode", "S");
    Http.Response reused = http.json("POST", portal.api("/api/v1/applications"), token, other, key);
    assertThat(reused.status()).as(reused.body().toString()).isEqualTo(422);
    assertThat(reused.body().path("type").asString())
        .isEqualTo("https://cites.kz/problems/idempotency-key-reused");
    assertThat(reused.body().path("field").asString()).isEqualTo("Idempotency-Key");
    assertThat(drafts(token)).isEqualTo(before + 1);
  }

  @Test
  void theDraftsVersionGuardsAReplacementThroughTheGateway() {
    String token = portal.signIn(Drafts.ABENOVA.iin(), null, "APPLICANT");
    Http.Response created =
        http.post(portal.api("/api/v1/applications"), token, Drafts.export(Drafts.ABENOVA));
    String id = created.body().get("id").asString();
    String etag = created.raw().headers().firstValue("ETag").orElseThrow();
    var draft = portal.api("/api/v1/applications/" + id);

    Http.Response replaced =
        http.json("PUT", draft, token, Drafts.export(Drafts.ABENOVA), Map.of("If-Match", etag));
    assertThat(replaced.status()).as(replaced.body().toString()).isEqualTo(200);
    String newer = replaced.raw().headers().firstValue("ETag").orElseThrow();
    assertThat(newer).isNotEqualTo(etag);
    assertThat(http.get(draft, token).raw().headers().firstValue("ETag")).hasValue(newer);

    Http.Response stale =
        http.json("PUT", draft, token, Drafts.export(Drafts.ABENOVA), Map.of("If-Match", etag));
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.body().path("type").asString())
        .isEqualTo("https://cites.kz/problems/precondition-failed");
    assertThat(stale.body().path("currentETag").asString()).isEqualTo(newer);
  }

  @Test
  void everyListIsAPageAndABadSizeIsAProblemNamingIt() {
    String officer = portal.signIn("860606407353", null, "OFFICER");
    Http.Response queue = http.get(portal.api("/api/v1/review/cases?page=0&size=5"), officer);
    assertThat(queue.status()).isEqualTo(200);
    assertThat(queue.body().path("size").asInt()).isEqualTo(5);
    assertThat(queue.body().path("items").size()).isLessThanOrEqualTo(5);
    Http.Response tooBig = http.get(portal.api("/api/v1/review/cases?size=501"), officer);
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.body().path("field").asString()).isEqualTo("size");

    String applicant = portal.signIn(Drafts.ABENOVA.iin(), null, "APPLICANT");
    Http.Response species = http.get(portal.api("/api/v1/species?q=falco&size=2"), applicant);
    assertThat(species.status()).isEqualTo(200);
    assertThat(species.body().path("items").size()).isEqualTo(2);
    assertThat(species.body().path("totalElements").asLong()).isGreaterThan(2);
  }

  private long drafts(String token) {
    return http.get(portal.api("/api/v1/applications?status=DRAFT&size=1"), token)
        .body()
        .path("totalElements")
        .asLong();
  }
}

package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export quotas through the gateway (issue 19, ADR 0016): the operator persona, signed in as
 * QUOTA_ADMIN, sets a quota of the year; an issued export takes from it, box 11a of the signed
 * permit carries the running total; an export beyond what is left is not issued but heard as a
 * preliminary refusal on ground 2 naming the quota; officers approving several exports at the same
 * moment never overdraw one. Each test has a taxon and term of its own, so no other test's exports
 * count against its quota.
 */
class ExportQuotaIT {

  static final String OFFICER_IIN = "860606407353";
  static final String OPERATOR_IIN = "921212308469";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);
  private final JsonMapper json = JsonMapper.builder().build();

  /** Quotas are per year of issue, a Kazakhstan date. */
  private final int year = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();

  @Test
  void anExportTakesFromTheQuotaAndOneBeyondItIsNotIssued() throws Exception {
    Drafts.Applicant applicant = Drafts.ABENOVA;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    String admin = portal.signIn(OPERATOR_IIN, null, "QUOTA_ADMIN");
    String operator = portal.signIn(OPERATOR_IIN, null, "OPERATOR");

    Map<String, Object> quota = quota("Testudo horsfieldii", "LIV", 4);
    // the operator reads but does not set; a bad quantity is named
    assertThat(http.post(portal.api("/api/v1/quotas"), operator, quota).status()).isEqualTo(403);
    Map<String, Object> zero = new LinkedHashMap<>(quota);
    zero.put("quantity", 0);
    Http.Response invalid = http.post(portal.api("/api/v1/quotas"), admin, zero);
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body().path("field").asString()).isEqualTo("quantity");
    QuotaAt set = setQuota(quota, admin);
    String quotaUrl = set.url();
    int base = set.consumed();

    String first = portal.fileComplete(applicant, tortoises(applicant, 3), token);
    String second = portal.fileComplete(applicant, tortoises(applicant, 2), token);
    portal.officerApproves(first, officer, token);
    String permit =
        portal.awaitStatus(first, "ISSUED", token).body().path("permitNumber").asString();

    JsonNode used = http.get(portal.api(quotaUrl), operator).body();
    assertThat(used.path("consumed").asInt()).isEqualTo(base + 3);
    assertThat(used.path("remaining").asInt()).isEqualTo(1);
    assertThat(used.path("permits").toString()).contains(permit);
    // box 11a in the signed permit: 3 of 4 exported this year
    String jws = http.getText(portal.api("/api/v1/permits/" + permit + "/document"), token);
    JsonNode payload =
        json.readTree(
            new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]), StandardCharsets.UTF_8));
    JsonNode box11a = payload.path("exportQuotas").get(0);
    assertThat(box11a.path("exported").asInt()).isEqualTo(base + 3);
    assertThat(box11a.path("quota").asInt()).isEqualTo(base + 4);
    assertThat(box11a.path("year").asInt()).isEqualTo(year);

    // 2 more do not fit in the 1 left: no permit, a hearing on ground 2 that names the quota
    portal.officerApproves(second, officer, token);
    JsonNode hearing = portal.awaitStatus(second, "HEARING", token).body().path("hearing");
    assertThat(hearing.toString()).contains("NON_COMPLIANCE", "Testudo horsfieldii");
    JsonNode after = http.get(portal.api(quotaUrl), operator).body();
    assertThat(after.path("consumed").asInt()).isEqualTo(base + 3);
    assertThat(after.path("permits").toString()).doesNotContain(second);
  }

  @Test
  void officersApprovingAtOnceNeverOverdrawAQuota() throws Exception {
    int quota = 2;
    int applications = 5;
    Drafts.Applicant applicant = Drafts.SEITKALI;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    String admin = portal.signIn(OPERATOR_IIN, null, "QUOTA_ADMIN");
    QuotaAt set = setQuota(quota("Python regius", "LIV", quota), admin);

    List<String> ids = new ArrayList<>();
    for (int i = 0; i < applications; i++) {
      Map<String, Object> draft =
          Drafts.draft(
              "EXPORT",
              applicant,
              "T",
              Drafts.party("Reptilien Haus", "Hauptstraße 9, Köln", "DE"),
              Drafts.specimen("Python regius", "LIV", 1, "C", "KZ", "microchip KZ-PR-00" + i));
      ids.add(portal.fileComplete(applicant, draft, token));
    }
    for (String id : ids) {
      portal.awaitStatus(id, "IN_REVIEW", token);
    }

    List<Callable<Integer>> decisions = new ArrayList<>();
    for (String id : ids) {
      decisions.add(
          () ->
              http.post(
                      portal.api("/api/v1/review/cases/" + id + "/decision"),
                      officer,
                      Map.of("decision", "APPROVE"))
                  .status());
    }
    ExecutorService pool = Executors.newFixedThreadPool(applications);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> status : pool.invokeAll(decisions)) {
        statuses.add(status.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(statuses).containsOnly(200);

    List<String> outcomes = new ArrayList<>();
    for (String id : ids) {
      outcomes.add(
          await()
              .atMost(Duration.ofSeconds(90))
              .pollInterval(Duration.ofMillis(500))
              .until(
                  () ->
                      http.get(portal.api("/api/v1/applications/" + id), token)
                          .body()
                          .path("status")
                          .asString(),
                  s -> s.equals("ISSUED") || s.equals("HEARING")));
    }
    assertThat(outcomes).filteredOn("ISSUED"::equals).hasSize(quota);
    assertThat(outcomes).filteredOn("HEARING"::equals).hasSize(applications - quota);
    JsonNode used = http.get(portal.api(set.url()), officer).body();
    assertThat(used.path("consumed").asInt()).isEqualTo(set.consumed() + quota);
    assertThat(used.path("remaining").asInt()).isZero();
    for (int i = 0; i < ids.size(); i++) {
      // the permits that took from it are exactly the ones issued
      assertThat(used.path("permits").toString().contains(ids.get(i)))
          .isEqualTo(outcomes.get(i).equals("ISSUED"));
    }
  }

  private Map<String, Object> quota(String taxon, String term, int quantity) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", year);
    body.put("taxon", taxon);
    body.put("sourceCode", "C");
    body.put("termCode", term);
    body.put("quantity", quantity);
    body.put("basis", "ExportQuotaIT");
    return body;
  }

  /** A quota's address and what was taken of it when the test set it. */
  record QuotaAt(String url, int consumed) {}

  /**
   * Sets the quota. On a stack that ran this test before, the quota exists: it is raised so that
   * exactly {@code quantity} is left again.
   */
  private QuotaAt setQuota(Map<String, Object> quota, String admin) {
    Http.Response created = http.post(portal.api("/api/v1/quotas"), admin, quota);
    if (created.status() == 201) {
      return new QuotaAt(
          created.raw().headers().firstValue("Location").map(this::path).orElseThrow(), 0);
    }
    assertThat(created.status()).as(created.body().toString()).isEqualTo(409);
    String url = "/api/v1/quotas/" + created.body().path("quotaId").asLong();
    JsonNode existing = http.get(portal.api(url), admin).body();
    Map<String, Object> change =
        Map.of(
            "quantity",
            existing.path("consumed").asInt() + (Integer) quota.get("quantity"),
            "basis",
            "ExportQuotaIT again");
    assertThat(http.put(portal.api(url), admin, change).status()).isEqualTo(200);
    return new QuotaAt(url, existing.path("consumed").asInt());
  }

  private String path(String location) {
    return location.substring(location.indexOf("/api/"));
  }

  private static Map<String, Object> tortoises(Drafts.Applicant applicant, int quantity) {
    return Drafts.draft(
        "EXPORT",
        applicant,
        "T",
        Drafts.party("Zoohandlung Ost", "Ostring 3, Leipzig", "DE"),
        Drafts.specimen(
            "Testudo horsfieldii", "LIV", quantity, "C", "KZ", "shell marks KZ-T-" + quantity));
  }
}

package kz.cites.permit.quotas;

import static kz.cites.permit.Personas.officer;
import static kz.cites.permit.Personas.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.cites.events.ApplicationSnapshot;
import kz.cites.events.ApplicationSnapshot.Specimen;
import kz.cites.permit.ArchivalPdfs;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.Published;
import kz.cites.permit.ReviewCaseSeeds;
import kz.cites.permit.permits.domain.Permit;
import kz.cites.permit.permits.domain.PermitRepository;
import kz.cites.permit.review.domain.CaseStatus;
import kz.cites.permit.review.domain.ReviewCaseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export quotas on real PostgreSQL: set and changed by the quota administrator with an audit trail,
 * taken by issued export permits in their transaction, a ground-2 hearing naming the quota instead
 * of a permit beyond it, given back by a cancellation, printed in box 11a, and never overdrawn by
 * officers approving at the same moment. Each test has a taxon of its own, so the shared database
 * of the module's tests does not couple them.
 */
class ExportQuotaTest extends IntegrationTest {

  static final String ADMIN_IIN = "921212308469";
  static final Duration PATIENCE = Duration.ofSeconds(30);
  static final Instant DUE = Instant.parse("2026-09-03T12:30:00Z");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired PermitRepository permits;
  @Autowired ReviewCaseRepository cases;

  static RequestPostProcessor admin() {
    return person(ADMIN_IIN, "QUOTA_ADMIN");
  }

  @Test
  void theAdministratorSetsAQuotaEachBadInputIsNamedAndEveryChangeIsAudited() throws Exception {
    String wolfSkins =
        """
        {"year": 2026, "taxon": "Canis  lupus", "sourceCode": "W", "termCode": "SKI",
         "quantity": 40, "basis": "Scientific authority opinion 12/2026"}
        """;
    // the operator stays read-only, an officer decides but does not set quotas
    mvc.perform(json(post("/api/v1/quotas"), wolfSkins).with(person(ADMIN_IIN, "OPERATOR")))
        .andExpect(status().isForbidden());
    mvc.perform(json(post("/api/v1/quotas"), wolfSkins).with(officer()))
        .andExpect(status().isForbidden());

    String location =
        mvc.perform(json(post("/api/v1/quotas"), wolfSkins).with(admin()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.taxon").value("Canis lupus"))
            .andExpect(jsonPath("$.quantity").value(40))
            .andExpect(jsonPath("$.consumed").value(0))
            .andExpect(jsonPath("$.remaining").value(40))
            .andExpect(jsonPath("$.unitCode").doesNotExist())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    assertThat(location).matches("/api/v1/quotas/\\d+");

    mvc.perform(json(post("/api/v1/quotas"), wolfSkins).with(admin()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/quota-exists"))
        .andExpect(jsonPath("$.quotaId").value(Long.parseLong(idOf(location))));

    mvc.perform(
            json(
                    post("/api/v1/quotas"),
                    """
                    {"year": 1999, "taxon": "canis lupus", "sourceCode": "Z", "termCode": "FUR",
                     "unitCode": "PCS", "quantity": 0}
                    """)
                .with(admin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"))
        .andExpect(jsonPath("$.field").value("year"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    org.hamcrest.Matchers.contains(
                        "year", "taxon", "sourceCode", "termCode", "unitCode", "quantity")))
        .andExpect(jsonPath("$.errors[5].rule").value("Positive"));
    mvc.perform(
            json(
                    post("/api/v1/quotas"),
                    """
                    {"year": 2026, "taxon": "Canis lupus", "sourceCode": "C", "termCode": "SKI",
                     "quantity": -3}
                    """)
                .with(admin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("quantity"));
    mvc.perform(json(put(location), "{\"quantity\": 50, \"unitCode\": \"XXX\"}").with(admin()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("unitCode"))
        .andExpect(jsonPath("$.errors[0].rule").value("UnitCode"));
    mvc.perform(json(put("/api/v1/quotas/999999"), "{\"quantity\": 5}").with(admin()))
        .andExpect(status().isNotFound());

    mvc.perform(json(put(location), "{\"quantity\": 35}").with(admin()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.quantity").value(35))
        .andExpect(jsonPath("$.basis").value("Scientific authority opinion 12/2026"));
    // the same again changes nothing and adds no entry
    mvc.perform(json(put(location), "{\"quantity\": 35}").with(admin())).andExpect(status().isOk());

    mvc.perform(get(location).with(person(ADMIN_IIN, "OPERATOR")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes.length()").value(2))
        .andExpect(jsonPath("$.changes[0].action").value("CREATED"))
        .andExpect(jsonPath("$.changes[0].actor").value(ADMIN_IIN))
        .andExpect(jsonPath("$.changes[0].newQuantity").value(40))
        .andExpect(jsonPath("$.changes[1].action").value("CHANGED"))
        .andExpect(jsonPath("$.changes[1].oldQuantity").value(40))
        .andExpect(jsonPath("$.changes[1].newQuantity").value(35));
    mvc.perform(get("/api/v1/quotas").param("year", "2026").with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.taxon == 'Canis lupus')].remaining").value(35));
    mvc.perform(get(location).with(person("811201401188", "APPLICANT")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/quotas").with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/validation"));
    mvc.perform(get("/api/v1/quotas").param("year", "twenty").with(officer()))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/quotas/seven").with(officer())).andExpect(status().isBadRequest());
  }

  @Test
  void anExportTakesFromTheQuotaOneBeyondItIsHeardOnGround2AndACancellationGivesBack()
      throws Exception {
    String location = setQuota("Ovis ammon", "TRO", 3);
    UUID first = ReviewCaseSeeds.inReview(jdbc, json, DUE, exportOf("Ovis ammon", "TRO", 2));
    UUID second = ReviewCaseSeeds.inReview(jdbc, json, DUE, exportOf("Ovis ammon", "TRO", 2));

    mvc.perform(approve(first)).andExpect(status().isOk());
    Permit permit = permits.findByApplicationId(first).orElseThrow();
    // box 11a, in the signed payload and on the paper
    Map<String, Object> payload = JWSObject.parse(permit.document()).getPayload().toJSONObject();
    assertThat(payload.get("exportQuotas"))
        .asList()
        .singleElement()
        .asString()
        .contains("line=1", "year=2026", "exported=2", "quota=3");
    byte[] pdf =
        mvc.perform(
                get("/api/v1/permits/" + permit.number() + "/document")
                    .accept(MediaType.APPLICATION_PDF)
                    .with(officer()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(ArchivalPdfs.textOfAnArchivalPdf(pdf)).contains("2/3 (2026)");

    // 2 more do not fit in the 1 left: no permit, a hearing on ground 2 naming the quota
    mvc.perform(approve(second))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("HEARING"))
        .andExpect(jsonPath("$.hearing.grounds[0]").value("NON_COMPLIANCE"))
        .andExpect(jsonPath("$.decision").doesNotExist());
    assertThat(permits.findByApplicationId(second)).isEmpty();
    await()
        .atMost(PATIENCE)
        .until(() -> Published.typesFor(second).contains("kz.cites.PreliminaryRefusalNotified"));
    JsonNode notice = Published.payload(json, second, "kz.cites.PreliminaryRefusalNotified");
    assertThat(notice.get("grounds").toString()).isEqualTo("[\"NON_COMPLIANCE\"]");
    assertThat(notice.get("findings").get(0).get("finding").asString())
        .isEqualTo("EXPORT_QUOTA_EXHAUSTED");
    assertThat(notice.get("explanation").get("ru").asString())
        .contains("Основание 2", "2026", "Ovis ammon", "TRO", "осталось 1", "требует 2");
    assertThat(notice.get("explanation").get("kk").asString()).contains("2-негіз", "Ovis ammon");
    assertThat(notice.get("explanation").get("en").asString())
        .contains("Ground 2", "Ovis ammon", "1 is left");
    // once heard on ground 2, approving again beyond the quota is a conflict, nothing issued
    mvc.perform(approve(second))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/export-quota-exceeded"))
        .andExpect(jsonPath("$.remaining").value(1));

    mvc.perform(get(location).with(officer()))
        .andExpect(jsonPath("$.consumed").value(2))
        .andExpect(jsonPath("$.remaining").value(1))
        .andExpect(jsonPath("$.permits[0].permitNumber").value(permit.number()))
        .andExpect(jsonPath("$.permits[0].quantity").value(2))
        .andExpect(jsonPath("$.permits[0].returnedAt").doesNotExist());
    mvc.perform(json(put(location), "{\"quantity\": 1}").with(admin()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/quota-below-consumed"))
        .andExpect(jsonPath("$.field").value("quantity"))
        .andExpect(jsonPath("$.consumed").value(2));
    mvc.perform(json(put(location), "{\"quantity\": 3, \"unitCode\": \"KIL\"}").with(admin()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/quota-unit-in-use"))
        .andExpect(jsonPath("$.field").value("unitCode"));

    mvc.perform(
            json(
                    post("/api/v1/permits/" + permit.number() + "/cancellation"),
                    "{\"reason\": \"Issued in error\"}")
                .with(officer()))
        .andExpect(status().isOk());
    mvc.perform(get(location).with(officer()))
        .andExpect(jsonPath("$.consumed").value(0))
        .andExpect(jsonPath("$.remaining").value(3))
        .andExpect(jsonPath("$.permits[0].returnedAt").isNotEmpty());
  }

  @Test
  void officersApprovingAtTheSameMomentNeverOverdrawAQuota() throws Exception {
    int quota = 4;
    int applications = 10;
    setQuota("Saiga tatarica", "HOR", quota);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < applications; i++) {
      ids.add(ReviewCaseSeeds.inReview(jdbc, json, DUE, exportOf("Saiga tatarica", "HOR", 1)));
    }

    List<Callable<Integer>> decisions = new ArrayList<>();
    for (UUID id : ids) {
      decisions.add(() -> mvc.perform(approve(id)).andReturn().getResponse().getStatus());
    }
    ExecutorService pool = Executors.newFixedThreadPool(applications);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> answer : pool.invokeAll(decisions)) {
        statuses.add(answer.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(statuses).containsOnly(200);
    List<CaseStatus> outcomes =
        ids.stream().map(id -> cases.findById(id).orElseThrow().status()).toList();
    assertThat(outcomes).filteredOn(s -> s == CaseStatus.APPROVED).hasSize(quota);
    assertThat(outcomes).filteredOn(s -> s == CaseStatus.HEARING).hasSize(applications - quota);
    assertThat(ids.stream().filter(id -> permits.findByApplicationId(id).isPresent()))
        .hasSize(quota);
    BigDecimal consumed =
        jdbc.sql("select consumed from export_quota where taxon = 'Saiga tatarica'")
            .query(BigDecimal.class)
            .single();
    assertThat(consumed).isEqualByComparingTo(BigDecimal.valueOf(quota));
    assertThat(
            jdbc.sql(
                    "select count(*) from export_quota_use u join export_quota q"
                        + " on q.id = u.quota_id where q.taxon = 'Saiga tatarica'")
                .query(Integer.class)
                .single())
        .isEqualTo(quota);
  }

  private String setQuota(String taxon, String term, int quantity) throws Exception {
    return mvc.perform(
            json(
                    post("/api/v1/quotas"),
                    """
                    {"year": 2026, "taxon": "%s", "sourceCode": "W", "termCode": "%s",
                     "quantity": %d}
                    """
                        .formatted(taxon, term, quantity))
                .with(admin()))
        .andExpect(status().isCreated())
        .andExpect(header().exists("Location"))
        .andReturn()
        .getResponse()
        .getHeader("Location");
  }

  /** The export of wild {@code taxon} as {@code term}, {@code quantity} specimens, one line. */
  static ApplicationSnapshot exportOf(String taxon, String term, int quantity) {
    ApplicationSnapshot a = Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true);
    return new ApplicationSnapshot(
        a.permitType(),
        a.applicant(),
        "H",
        a.counterparty(),
        List.of(
            new Specimen(
                taxon,
                term,
                BigDecimal.valueOf(quantity),
                null,
                "W",
                "KZ",
                null,
                null,
                null,
                null,
                null)),
        a.transport(),
        true);
  }

  private static MockHttpServletRequestBuilder approve(UUID applicationId) {
    return json(
            post("/api/v1/review/cases/" + applicationId + "/decision"),
            "{\"decision\": \"APPROVE\"}")
        .with(officer());
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private static String idOf(String location) {
    return location.substring(location.lastIndexOf('/') + 1);
  }
}

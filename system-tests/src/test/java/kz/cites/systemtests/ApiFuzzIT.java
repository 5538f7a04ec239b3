package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Every error a problem (issue 15): a schema-driven fuzz ({@link ApiFuzz}) of every operation of
 * the four services' OpenAPI documents, through the gateway and on each service's own port
 * (bypassing the gateway), as an applicant, a company's attorney signed in for it, an officer, an
 * operator, a customs officer and nobody. No answer may be a 5xx, and every 4xx must be a problem
 * detail with a type of ours, a title and its own status, no member twice. Seeded ({@code
 * -Dcites.fuzz.seed}, default 15), {@code -Dcites.fuzz.variants} requests per operation (default 12
 * through the gateway, half that on a port). The operator's species import, which would replace the
 * checklist the other scenarios use, is fuzzed only with the other callers; no caller holds
 * TARIFF_ADMIN, CALENDAR_ADMIN or QUOTA_ADMIN, so the tariff, the working calendar and the export
 * quotas stay as they are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzIT {

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);
  private final long seed = Long.getLong("cites.fuzz.seed", 15);
  private final int variants = Integer.getInteger("cites.fuzz.variants", 24);
  private List<ApiFuzz.Caller> callers;

  @BeforeAll
  void callers() {
    callers =
        List.of(
            new ApiFuzz.Caller(
                "applicant",
                portal.signIn("721002305887", null, "APPLICANT"),
                List.of("APPLICANT")),
            new ApiFuzz.Caller(
                "attorney for Dala Fauna",
                portal.signIn("900322405274", "940140000385", "APPLICANT"),
                List.of("APPLICANT")),
            new ApiFuzz.Caller(
                "officer", portal.signIn("860606407353", null, "OFFICER"), List.of("OFFICER")),
            new ApiFuzz.Caller(
                "operator", portal.signIn("921212308469", null, "OPERATOR"), List.of("OPERATOR")),
            new ApiFuzz.Caller(
                "customs", portal.signIn("800229309571", null, "CUSTOMS"), List.of("CUSTOMS")),
            new ApiFuzz.Caller("nobody", null, List.of()));
  }

  @ParameterizedTest(name = "{0} through {1}")
  @CsvSource({
    "application, gateway",
    "fee, gateway",
    "verification, gateway",
    "permit, gateway",
    "application, 8081",
    "fee, 8083",
    "verification, 8082",
    "permit, 8084",
  })
  void everyOperationAnswersEveryBrokenRequestWithAProblemAndNever5xx(
      String service, String through) {
    JsonNode document = http.get(portal.api("/v3/api-docs/" + service), null).body();
    assertThat(document.path("paths").size()).as("operations of " + service).isPositive();
    boolean gateway = "gateway".equals(through);
    URI base =
        gateway
            ? URI.create(trimmed(system.gateway.toString()))
            : URI.create("http://localhost:" + through);
    ApiFuzz fuzz = new ApiFuzz(base, document, seed + service.hashCode() + through.hashCode());

    List<ApiFuzz.Exchange> exchanges = new ArrayList<>();
    for (String[] operation : fuzz.operations()) {
      List<ApiFuzz.Caller> who =
          operation[1].endsWith("/species/import")
              ? callers.stream().filter(c -> !c.roles().contains("OPERATOR")).toList()
              : callers;
      exchanges.addAll(
          fuzz.fuzz(operation[0], operation[1], gateway ? variants : variants / 2, who));
    }

    List<String> violations =
        exchanges.stream()
            .map(e -> new String[] {ApiFuzz.violation(e), e.describe()})
            .filter(v -> v[0] != null)
            .map(v -> v[0] + ": " + v[1])
            .toList();
    Map<String, Integer> statuses = ApiFuzz.countByStatus(exchanges);
    System.out.println(
        "[fuzz] "
            + service
            + " through "
            + through
            + ": "
            + exchanges.size()
            + " requests, statuses "
            + statuses);
    assertThat(violations)
        .as(
            violations.size()
                + " of "
                + exchanges.size()
                + " answers break the error contract (seed "
                + seed
                + "):\n"
                + violations.stream().limit(40).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  private static String trimmed(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}

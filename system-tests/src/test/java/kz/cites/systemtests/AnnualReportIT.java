package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The CITES annual report (issue 19 item 3) through the gateway: a permit for two falcons is issued
 * and the report of its year holds its line with the permit's quantity, marked ISSUED; customs
 * endorses one falcon, and the report then holds 1, marked ENDORSED, as JSON and as CSV. Only the
 * authority's staff read it; a bad year or Accept is a problem.
 */
class AnnualReportIT {

  static final String OFFICER_IIN = "860606407353";
  static final String CUSTOMS_IIN = "800229309571";
  static final String OPERATOR_IIN = "921212308469";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void theReportOfTheYearHoldsTheEndorsedQuantityOfThePermitsLine() {
    Drafts.Applicant applicant = Drafts.ABENOVA;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    String customs = portal.signIn(CUSTOMS_IIN, null, "CUSTOMS");
    String operator = portal.signIn(OPERATOR_IIN, null, "OPERATOR");
    String permit = portal.issuedPermit(applicant, Drafts.export(applicant), token, officer);
    // the year of issue, as the number says it (YYKZnnnnnn), so the test holds on 31 December too
    int year = 2000 + Integer.parseInt(permit.substring(0, 2));
    URI report = portal.api("/api/v1/reports/annual/" + year);

    // issued, not endorsed yet: the permit's two falcons, marked as the permit's quantity
    JsonNode before = rowOf(http.get(report, operator), permit);
    assertThat(before.path("quantity").decimalValue()).isEqualByComparingTo("2");
    assertThat(before.path("quantityBasis").asString()).isEqualTo("ISSUED");

    Http.Response endorsed =
        http.post(
            portal.api("/api/v1/permits/" + permit + "/endorsements"),
            customs,
            Map.of(
                "lines",
                List.of(Map.of("line", 1, "quantity", 1)),
                "borderCrossing",
                "Astana airport",
                "endorsedOn",
                LocalDate.now(ZoneId.of("Asia/Almaty")).toString(),
                "declarationNumber",
                "50101/" + System.nanoTime() % 1_000_000));
    assertThat(endorsed.status()).as(endorsed.body().toString()).isEqualTo(201);

    JsonNode row = rowOf(http.get(report, operator), permit);
    assertThat(row.path("year").asInt()).isEqualTo(year);
    assertThat(row.path("appendix").asString()).isEqualTo("II");
    assertThat(row.path("taxon").asString()).isEqualTo("Falco cherrug");
    assertThat(row.path("term").asString()).isEqualTo("LIV");
    assertThat(row.path("quantity").decimalValue()).isEqualByComparingTo("1");
    assertThat(row.path("quantityBasis").asString()).isEqualTo("ENDORSED");
    assertThat(row.path("importer").asString()).isEqualTo("DE");
    assertThat(row.path("exporter").asString()).isEqualTo("KZ");
    assertThat(row.path("origin").isString()).as("origin: the exporter, left empty").isFalse();
    assertThat(row.path("purpose").asString()).isEqualTo("Z");
    assertThat(row.path("source").asString()).isEqualTo("C");
    assertThat(row.path("reporterType").asString()).isEqualTo("E");

    // the same line as CSV, the file the Secretariat is sent
    HttpResponse<byte[]> csv = http.getDocument(report, operator, "text/csv", "en");
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"cites-annual-report-KZ-" + year + ".csv\"");
    assertThat(new String(csv.body(), StandardCharsets.UTF_8))
        .startsWith("Year,Appendix,Taxon,Term,Quantity,Unit,Importer,Exporter,Origin,Purpose,")
        .contains(year + ",II,Falco cherrug,LIV,1,,DE,KZ,,Z,C,E," + permit + ",,,1,ENDORSED\r\n");

    // the officer reads it too; the applicant and customs do not
    assertThat(http.get(report, officer).status()).isEqualTo(200);
    assertThat(http.get(report, token).status()).isEqualTo(403);
    assertThat(http.get(report, customs).status()).isEqualTo(403);
    assertThat(http.get(report, null).status()).isEqualTo(401);
  }

  @Test
  void aBadYearOrAcceptIsAProblem() {
    String operator = portal.signIn(OPERATOR_IIN, null, "OPERATOR");

    Http.Response tooEarly = http.get(portal.api("/api/v1/reports/annual/1999"), operator);
    assertThat(tooEarly.status()).isEqualTo(400);
    assertThat(tooEarly.body().path("type").asString())
        .isEqualTo("https://cites.kz/problems/validation");
    assertThat(tooEarly.body().path("field").asString()).isEqualTo("year");

    Http.Response notAYear = http.get(portal.api("/api/v1/reports/annual/last"), operator);
    assertThat(notAYear.status()).isEqualTo(400);
    assertThat(notAYear.body().path("errors").path(0).path("field").asString()).isEqualTo("year");

    int thisYear = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();
    assertThat(
            http.status(
                portal.api("/api/v1/reports/annual/" + thisYear), operator, "application/xml"))
        .isEqualTo(406);
  }

  private static JsonNode rowOf(Http.Response report, String permit) {
    assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
    for (JsonNode row : report.body().path("rows")) {
      if (permit.equals(row.path("exportPermitNumber").asString(""))) {
        return row;
      }
    }
    throw new AssertionError("No row of " + permit + " in the report");
  }
}

package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * The e-permit exchange through the gateway (issue 19 item 4, ADR 0018): a permit to Germany is
 * issued; Germany's CITES authority fetches it as the CITES e-permit XML (valid against the schema
 * permit-service publishes) and confirms the import once; France's authority sees nothing of it; an
 * applicant and customs cannot use the exchange; each bad answer is a problem; the holder sees the
 * confirmation on the permit and in the application's history.
 */
class EPermitExchangeIT {

  static final String OFFICER_IIN = "860606407353";
  static final String CUSTOMS_IIN = "800229309571";
  static final String PARTNER_DE = "750310300714";
  static final String PARTNER_FR = "820918401016";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void theImportingAuthorityFetchesTheEPermitAndConfirmsTheImportOnce() throws Exception {
    Drafts.Applicant applicant = Drafts.ABENOVA;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    String germany = portal.signIn(PARTNER_DE, null, "PARTNER_AUTHORITY");
    String france = portal.signIn(PARTNER_FR, null, "PARTNER_AUTHORITY");
    String customs = portal.signIn(CUSTOMS_IIN, null, "CUSTOMS");
    // the export goes to Tierpark Berlin: the importer is in Germany
    String applicationId = portal.fileComplete(applicant, Drafts.export(applicant), token);
    portal.officerApproves(applicationId, officer, token);
    String permit =
        portal.awaitStatus(applicationId, "ISSUED", token).body().path("permitNumber").asString();
    String exchange = "/api/v1/exchange/permits/" + permit;

    // Germany reads the e-permit: valid against the schema, the permit's boxes in it
    byte[] xml = http.getBytes(portal.api(exchange), germany, "application/xml");
    schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("<ID>" + permit + "</ID>")
        .contains("Tierpark Berlin")
        .contains("<CountryID>DE</CountryID>")
        .contains("Falco cherrug");
    // the holder gets the same message from the permit itself, by Accept
    byte[] holders =
        http.getBytes(portal.api("/api/v1/permits/" + permit), token, "application/xml");
    schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(holders)));

    // BOLA: France's authority is told nothing; an applicant and customs are not partners
    assertThat(http.status(portal.api(exchange), france, "application/xml")).isEqualTo(404);
    assertThat(http.status(portal.api(exchange), token, "application/xml")).isEqualTo(403);
    assertThat(http.status(portal.api(exchange), customs, "application/xml")).isEqualTo(403);
    assertThat(http.get(portal.api("/api/v1/permits/" + permit), germany).status()).isEqualTo(403);

    String today = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();
    String confirmation = exchange + "/confirmation";
    Map<String, Object> answer =
        Map.of(
            "confirmed",
            true,
            "lines",
            List.of(Map.of("line", 1, "quantity", 2)),
            "confirmedOn",
            today,
            "importPermitNumber",
            "DE-E-" + System.nanoTime() % 1_000_000);
    Http.Response foreign = http.post(portal.api(confirmation), france, answer);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(http.post(portal.api(confirmation), token, answer).status()).isEqualTo(403);

    // each bad answer is a problem naming the field, and changes nothing
    Http.Response tooMany =
        http.post(
            portal.api(confirmation),
            germany,
            Map.of(
                "confirmed",
                true,
                "lines",
                List.of(Map.of("line", 1, "quantity", 3)),
                "confirmedOn",
                today));
    assertThat(tooMany.status()).isEqualTo(422);
    assertThat(tooMany.body().path("type").asString())
        .isEqualTo("https://cites.kz/problems/confirmed-quantity-exceeds-permit");
    assertThat(tooMany.body().path("errors").get(0).path("field").asString())
        .isEqualTo("lines[0].quantity");
    Http.Response tomorrow =
        http.post(
            portal.api(confirmation),
            germany,
            Map.of(
                "confirmed",
                true,
                "lines",
                List.of(Map.of("line", 1, "quantity", 2)),
                "confirmedOn",
                LocalDate.parse(today).plusDays(1).toString()));
    assertThat(tomorrow.status()).isEqualTo(422);
    assertThat(tomorrow.body().path("type").asString())
        .isEqualTo("https://cites.kz/problems/confirmation-date-outside-validity");
    Http.Response noVerdict =
        http.post(
            portal.api(confirmation),
            germany,
            Map.of("lines", List.of(Map.of("line", 1, "quantity", 2)), "confirmedOn", today));
    assertThat(noVerdict.status()).isEqualTo(400);
    assertThat(noVerdict.body().path("errors").get(0).path("field").asString())
        .isEqualTo("confirmed");

    Http.Response confirmed = http.post(portal.api(confirmation), germany, answer);
    assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(201);
    assertThat(confirmed.body().path("importingCountry").asString()).isEqualTo("DE");
    assertThat(confirmed.body().path("confirmed").asBoolean()).isTrue();
    Http.Response again = http.post(portal.api(confirmation), germany, answer);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().path("type").asString())
        .isEqualTo("https://cites.kz/problems/import-already-confirmed");
    assertThat(http.get(portal.api(confirmation), france).status()).isEqualTo(404);

    // the holder sees it on the permit and, through PermitImportConfirmed, in the history
    Http.Response view = http.get(portal.api("/api/v1/permits/" + permit), token);
    assertThat(view.body().path("importConfirmation").path("importingCountry").asString())
        .isEqualTo("DE");
    assertThat(view.body().path("status").asString()).isEqualTo("VALID");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                http.get(portal.api("/api/v1/applications/" + applicationId), token)
                    .body()
                    .toString(),
            application -> application.contains("PermitImportConfirmed"));
  }

  /** An answer accepting {@code quantity} of line 1 on {@code date}. */
  private static Map<String, Object> answer(int quantity, String date) {
    return Map.of(
        "confirmed",
        true,
        "lines",
        List.of(Map.of("line", 1, "quantity", quantity)),
        "confirmedOn",
        date);
  }

  /** The schema as permit-service vendors it, read from the repository like the event schemas. */
  private static Schema schema() throws Exception {
    Path xsd =
        Path.of(System.getProperty("cites.repository.root", ".."))
            .resolve("permit-service/src/main/resources/epermit/CITES_EPermit_2.0_subset.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory.newSchema(xsd.toFile());
  }
}

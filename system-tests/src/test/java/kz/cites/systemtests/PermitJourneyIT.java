package kz.cites.systemtests;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One application from draft to issued permit, through the gateway, as a portal integration drives
 * it: sign in, create the draft, pay the duty with the application id as reference, submit, and
 * follow the status until the permit can be fetched: its JWS payload and its PDF on the CITES
 * standard form, labelled in Kazakh, Russian and English.
 */
class PermitJourneyIT {

  /** The clean individual persona of the simulator (see egov-simulator/README.md). */
  static final String APPLICANT_IIN = "811201401188";

  /** The officer persona of the authority. */
  static final String OFFICER_IIN = "860606407353";

  /** Her name as the individuals registry (and so the identity provider's token) gives it. */
  static final String OFFICER_NAME = "Жұмабаева Гүлнара Ерланқызы";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void anExportApplicationPaidAndSubmittedEndsWithAnIssuedPermit() {
    String token = tokenFor(APPLICANT_IIN, "APPLICANT");

    // what the permit's boxes 9 and 15 print, as the applicant gives it
    Map<String, Object> body = Drafts.export(Drafts.ABENOVA);
    Drafts.with(body, "specimens[0].sex", "1 male, 1 female");
    Drafts.with(body, "specimens[0].age", "2 years");
    Drafts.with(body, "transport.waybillNumber", "465-12345675");
    Http.Response draft = http.post(api("/api/v1/applications"), token, body);
    assertThat(draft.status()).as(draft.body().toString()).isEqualTo(201);
    assertThat(draft.raw().headers().firstValue("Location")).isPresent();
    String applicationId = draft.body().get("id").asString();
    assertThat(draft.body().get("status").asString()).isEqualTo("DRAFT");

    // on the portal the duty is paid before signing, with the application id as the reference
    portal.payTheDuty(applicationId, APPLICANT_IIN, null, token);
    assertThat(portal.attachWhatIsMissing(applicationId, token))
        .containsExactlyInAnyOrder("CONTRACT", "SCIENTIFIC_OPINION");

    Http.Response submission = portal.submitSigned(applicationId, APPLICANT_IIN, null, token);
    assertThat(submission.status()).as(submission.body().toString()).isEqualTo(202);
    assertThat(submission.body().get("registrationNumber").asString()).isNotBlank();
    assertThat(submission.body().get("dueDate").asString()).isNotBlank();

    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    portal.officerApproves(applicationId, officer, token);

    Http.Response issued = portal.awaitStatus(applicationId, "ISSUED", token);
    String permitNumber = issued.body().get("permitNumber").asString();
    assertThat(permitNumber).matches("\\d{2}KZ\\d{6}");

    Http.Response permit = http.get(api("/api/v1/permits/" + permitNumber), token);
    assertThat(permit.status()).as(permit.body().toString()).isEqualTo(200);
    assertThat(permit.body().get("number").asString()).isEqualTo(permitNumber);
    assertThat(permit.body().get("status").asString()).isEqualTo("VALID");
    // the draft typed the name in Latin; the permit names the exporter as the individuals database
    // holds her, in Cyrillic with the passport's transliteration (identity data via the gateway)
    assertThat(permit.body().path("exporter").path("name").asString())
        .isEqualTo("Әбенова Айгерім Серікқызы");
    assertThat(permit.body().path("exporter").path("nameLatin").asString())
        .isEqualTo("Abenova Aigerim Serikqyzy");

    Http.Response fee = http.get(api("/api/v1/fees/" + applicationId), token);
    assertThat(fee.body().get("status").asString()).isEqualTo("CONFIRMED");

    // a border officer checks it without signing in: the right code tells, a wrong one reveals
    // nothing
    String code = permit.body().get("securityCode").asString();
    Http.Response check =
        http.get(api("/api/v1/public/permits/" + permitNumber + "?code=" + code), null);
    assertThat(check.status()).as(check.body().toString()).isEqualTo(200);
    assertThat(check.body().get("status").asString()).isEqualTo("VALID");
    Http.Response wrong =
        http.get(api("/api/v1/public/permits/" + permitNumber + "?code=WRONG000"), null);
    assertThat(wrong.status()).isEqualTo(404);
    assertThat(wrong.body().toString()).doesNotContain(APPLICANT_IIN);

    // the signed permit: a compact JWS whose key is published
    Http.Response keys = http.get(api("/api/v1/public/keys"), null);
    assertThat(keys.body().get("keys").size()).isPositive();
    String jws = http.getText(api("/api/v1/permits/" + permitNumber + "/document"), token);
    assertThat(jws).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    // its payload, box by box of the CITES form: the Cyrillic names, the checklist's appendix and
    // common names, what the applicant gave, the officer by name
    JsonNode payload =
        JsonMapper.shared()
            .readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[1].getBytes(US_ASCII)));
    assertThat(payload.at("/exporter/name").asString()).isEqualTo("Әбенова Айгерім Серікқызы");
    assertThat(payload.at("/specimens/0/appendix").asString()).isEqualTo("II");
    assertThat(payload.at("/specimens/0/commonNames/kk").asString()).isEqualTo("Ителгі");
    assertThat(payload.at("/specimens/0/commonNames/ru").asString()).isEqualTo("Балобан");
    assertThat(payload.at("/specimens/0/sex").asString()).isEqualTo("1 male, 1 female");
    assertThat(payload.path("waybillNumber").asString()).isEqualTo("465-12345675");
    assertThat(payload.path("issuedByName").asString()).isEqualTo(OFFICER_NAME);

    // and its PDF, labelled in Kazakh, Russian and English, naming the officer, not her IIN
    String pdf =
        squeezed(
            pdfText(
                http.getBytes(
                    api("/api/v1/permits/" + permitNumber + "/document"),
                    token,
                    "application/pdf")));
    assertThat(pdf)
        .contains(squeezed("ЭКСПОРТҚА РҰҚСАТ / РАЗРЕШЕНИЕ НА ЭКСПОРТ / EXPORT PERMIT"))
        .contains(squeezed("Действительно до"))
        .contains(squeezed("Жарамдылық мерзімі"))
        .contains(squeezed("Приложение № и источник"))
        .contains(squeezed("Коносамент/авианакладная №"))
        .contains(squeezed("Әбенова Айгерім Серікқызы"))
        .contains(squeezed("Falco cherrug"))
        .contains("Ителгі")
        .contains(squeezed("II / C"))
        .contains(squeezed("Жынысы / Пол / Sex: 1 male, 1 female"))
        .contains("465-12345675")
        .contains(squeezed(OFFICER_NAME))
        .doesNotContain(OFFICER_IIN);
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text without white space: where a table cell breaks a line is no part of what it says. */
  private static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  @Test
  void aSubmissionWithAForgedSignatureIsRefusedAndNothingIsRegistered() {
    String token = tokenFor(APPLICANT_IIN, "APPLICANT");
    String applicationId =
        http.post(api("/api/v1/applications"), token, Drafts.export(Drafts.ABENOVA))
            .body()
            .get("id")
            .asString();

    portal.attachWhatIsMissing(applicationId, token);

    Http.Response submission =
        http.post(
            api("/api/v1/applications/" + applicationId + "/submission"),
            token,
            Map.of("signature", "bm90IGEgQ01TIHNpZ25hdHVyZQ=="));

    assertThat(submission.status()).isEqualTo(422);
    assertThat(submission.body().get("type").asString()).endsWith("/invalid-signature");
    assertThat(
            http.get(api("/api/v1/applications/" + applicationId), token)
                .body()
                .get("status")
                .asString())
        .isEqualTo("DRAFT");
  }

  @Test
  void anotherApplicantCannotSeeTheApplication() {
    String owner = tokenFor(APPLICANT_IIN, "APPLICANT");
    String stranger = tokenFor("850719302180", "APPLICANT");
    String applicationId =
        http.post(api("/api/v1/applications"), owner, Drafts.export(Drafts.ABENOVA))
            .body()
            .get("id")
            .asString();

    Http.Response peek = http.get(api("/api/v1/applications/" + applicationId), stranger);

    assertThat(peek.status()).isEqualTo(404);
    assertThat(peek.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void noTokenNoEntry() {
    Http.Response response = http.get(api("/api/v1/applications"), null);

    assertThat(response.status()).isEqualTo(401);
  }

  private String tokenFor(String iin, String role) {
    return portal.signIn(iin, null, role);
  }

  private URI api(String path) {
    return system.gateway.resolve(path);
  }

  private URI sim(String path) {
    return system.simulator.resolve(path);
  }
}

package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One application from draft to issued permit, through the gateway, as a portal integration drives
 * it: sign in, create the draft, pay the duty with the application id as reference, submit, and
 * follow the status until the permit can be fetched.
 */
class PermitJourneyIT {

  /** The clean individual persona of the simulator (see egov-simulator/README.md). */
  static final String APPLICANT_IIN = "811201401188";

  /** The officer persona of the authority. */
  static final String OFFICER_IIN = "860606407353";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void anExportApplicationPaidAndSubmittedEndsWithAnIssuedPermit() {
    String token = tokenFor(APPLICANT_IIN, "APPLICANT");

    Http.Response draft =
        http.post(api("/api/v1/applications"), token, Drafts.export(Drafts.ABENOVA));
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
    assertThat(http.getText(api("/api/v1/permits/" + permitNumber + "/document"), token))
        .matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
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

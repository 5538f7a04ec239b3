package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;

/**
 * Who signs a result (domain.md section 5), end to end: the officer who approves signs the permit
 * with the officer's own NCA certificate (through the NCA's remote signing with the officer's
 * token), an automatic result is signed with the authority's organisation certificate, and every
 * document is also sealed as a JWS whose x5c chains to the NCA root. Both are checked here with
 * nothing but the root the simulator's NCA publishes, by plain BouncyCastle and nimbus, as a
 * foreign relying party would.
 */
class SignedResultsIT {

  static final String OFFICER_IIN = "860606407353";

  /** The Committee of Forestry and Wildlife, as the legal-entities registry knows it. */
  static final String COMMITTEE_BIN = "190440026173";

  static final String PKCS7 = NcaRelyingParty.PKCS7;

  /** Under a court ban on the activity: refused automatically (ground 3). */
  static final Drafts.Applicant KASSYMOV =
      new Drafts.Applicant(
          "790405303376",
          null,
          Map.of(
              "type", "INDIVIDUAL",
              "iin", "790405303376",
              "name", "Kassymov Timur Yerbolovich",
              "address", "Astana, Kabanbay Batyr 11",
              "phone", "+77010000000",
              "email", "kassymov@example.kz"));

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);
  private final NcaRelyingParty relyingParty = new NcaRelyingParty(http, portal);

  @Test
  void anOfficersApprovalIsSignedByTheOfficerAndVerifiesWithTheNcaRootAlone() throws Exception {
    String token = portal.signIn(Drafts.ABENOVA.iin(), null, "APPLICANT");
    String applicationId =
        portal.fileComplete(Drafts.ABENOVA, Drafts.export(Drafts.ABENOVA), token);
    portal.officerApproves(applicationId, portal.signIn(OFFICER_IIN, null, "OFFICER"), token);
    String number =
        portal.awaitStatus(applicationId, "ISSUED", token).body().get("permitNumber").asString();

    String document = "/api/v1/permits/" + number + "/document";
    String jws = http.getText(portal.api(document), token);
    byte[] cms = http.getBytes(portal.api(document), token, PKCS7);
    X509Certificate root = relyingParty.ncaRoot();

    X509Certificate officer = NcaRelyingParty.signerOf(jws, cms, root);
    assertThat(NcaRelyingParty.value(officer, BCStyle.SERIALNUMBER)).isEqualTo("IIN" + OFFICER_IIN);
    assertThat(NcaRelyingParty.value(officer, BCStyle.OU)).as("a personal certificate").isNull();
    X509Certificate seal = NcaRelyingParty.sealOf(jws, root);
    assertThat(NcaRelyingParty.value(seal, BCStyle.OU)).isEqualTo("BIN" + COMMITTEE_BIN);

    String code =
        http.get(portal.api("/api/v1/permits/" + number), token)
            .body()
            .get("securityCode")
            .asString();
    Http.Response check =
        http.get(portal.api("/api/v1/public/permits/" + number + "?code=" + code), null);
    assertThat(check.body().path("signature").path("signedBy").path("role").asString())
        .isEqualTo("OFFICER");
    assertThat(check.body().path("signature").path("signedBy").path("iin").asString())
        .isEqualTo(OFFICER_IIN);
    assertThat(check.body().path("signature").path("cms").path("valid").asBoolean()).isTrue();
    assertThat(check.body().path("signature").path("jws").path("valid").asBoolean()).isTrue();
  }

  @Test
  void anAutomaticResultIsSignedWithTheOrganisationCertificate() throws Exception {
    String token = portal.signIn(KASSYMOV.iin(), null, "APPLICANT");
    String applicationId = portal.fileComplete(KASSYMOV, Drafts.export(KASSYMOV), token);
    // refused by the rules, nobody deciding (once hearings exist: when the answer period passes
    // without an answer, which is why the wait is generous)
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> http.get(portal.api("/api/v1/applications/" + applicationId), token),
            response -> "REFUSED".equals(response.body().path("status").asString()));

    String document = "/api/v1/refusals/" + applicationId + "/document";
    String jws = http.getText(portal.api(document), token);
    byte[] cms = http.getBytes(portal.api(document), token, PKCS7);
    X509Certificate root = relyingParty.ncaRoot();

    X509Certificate signer = NcaRelyingParty.signerOf(jws, cms, root);
    assertThat(NcaRelyingParty.value(signer, BCStyle.OU)).isEqualTo("BIN" + COMMITTEE_BIN);
    assertThat(NcaRelyingParty.value(signer, BCStyle.SERIALNUMBER)).as("no person's IIN").isNull();
    assertThat(signer).isEqualTo(NcaRelyingParty.sealOf(jws, root));
  }
}

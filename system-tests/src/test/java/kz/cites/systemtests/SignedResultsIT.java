package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import java.io.ByteArrayInputStream;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
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

  static final String PKCS7 = "application/pkcs7-signature";

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
    X509Certificate root = ncaRoot();

    X509Certificate officer = signerOf(jws, cms, root);
    assertThat(value(officer, BCStyle.SERIALNUMBER)).isEqualTo("IIN" + OFFICER_IIN);
    assertThat(value(officer, BCStyle.OU)).as("a personal certificate").isNull();
    X509Certificate seal = sealOf(jws, root);
    assertThat(value(seal, BCStyle.OU)).isEqualTo("BIN" + COMMITTEE_BIN);

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
    X509Certificate root = ncaRoot();

    X509Certificate signer = signerOf(jws, cms, root);
    assertThat(value(signer, BCStyle.OU)).isEqualTo("BIN" + COMMITTEE_BIN);
    assertThat(value(signer, BCStyle.SERIALNUMBER)).as("no person's IIN").isNull();
    assertThat(signer).isEqualTo(sealOf(jws, root));
  }

  /** The NCA root, as the simulator publishes it: the only thing trusted below. */
  private X509Certificate ncaRoot() throws Exception {
    byte[] bytes = http.getBytes(portal.sim("/sim/nca/root"), null, "*/*");
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(bytes));
  }

  /**
   * The JWS verified through its x5c: a chain the root validates, and a signature by its first
   * certificate; answers that certificate.
   */
  private static X509Certificate sealOf(String jws, X509Certificate root) throws Exception {
    JWSObject parsed = JWSObject.parse(jws);
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> chain =
        parsed.getHeader().getX509CertChain().stream()
            .map(
                der -> {
                  try {
                    return (X509Certificate)
                        factory.generateCertificate(new ByteArrayInputStream(der.decode()));
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();
    X509Certificate leaf = chain.getFirst();
    validates(leaf, root);
    assertThat(parsed.verify(new ECDSAVerifier((ECPublicKey) leaf.getPublicKey())))
        .as("the JWS verifies with its x5c certificate")
        .isTrue();
    return leaf;
  }

  /**
   * The detached CMS verified over the JWS payload (the same canonical bytes) and its certificate
   * validated by the root; answers the signer's certificate.
   */
  private static X509Certificate signerOf(String jws, byte[] cms, X509Certificate root)
      throws Exception {
    byte[] content = JWSObject.parse(jws).getPayload().toBytes();
    CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
    assertThat(signed.getSignerInfos().size()).isEqualTo(1);
    SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
    @SuppressWarnings("unchecked")
    X509CertificateHolder holder =
        (X509CertificateHolder)
            signed.getCertificates().getMatches(signer.getSID()).iterator().next();
    X509Certificate certificate =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)))
        .as("the CMS verifies over the document's bytes")
        .isTrue();
    validates(certificate, root);
    return certificate;
  }

  /** PKIX validation of {@code certificate} with {@code root} as the only trust anchor. */
  private static void validates(X509Certificate certificate, X509Certificate root)
      throws Exception {
    PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
    parameters.setRevocationEnabled(false);
    CertPathValidator.getInstance("PKIX")
        .validate(
            CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)),
            parameters);
  }

  private static String value(X509Certificate certificate, ASN1ObjectIdentifier type) {
    X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    RDN[] rdns = name.getRDNs(type);
    return rdns.length == 0 ? null : ((ASN1String) rdns[0].getFirst().getValue()).getString();
  }
}

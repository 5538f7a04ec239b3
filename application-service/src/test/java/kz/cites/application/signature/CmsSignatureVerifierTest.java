package kz.cites.application.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.IntakeRuleViolation;
import kz.cites.application.intake.domain.SignatureRefused;
import kz.cites.application.intake.domain.SignatureVerifier;
import kz.cites.application.signature.TestOcspResponder.Fault;
import org.bouncycastle.asn1.x509.CRLReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real CMS verification against the test NCA root, with the NCA's OCSP responder played by {@link
 * TestOcspResponder} on a loopback port: the certificate is judged at the server's time of receipt
 * ({@link #NOW}), never at the signing time the signature claims, and must not be revoked.
 */
class CmsSignatureVerifierTest {

  static final Instant NOW = Instant.parse("2026-03-20T14:00:00Z");
  static final String IIN = "811201401188";
  static final String BIN = "940140000385";
  static final byte[] PAYLOAD = "{\"applicationId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

  final TestOcspResponder ocsp = TestNca.responder();
  final CmsSignatureVerifier verifier = verifier(ocsp.url());

  @AfterEach
  void stopResponder() {
    ocsp.close();
  }

  @Test
  void aSignatureOfTheApplicantOverThePayloadHolds() {
    assertThatCode(() -> verify(TestNca.sign(PAYLOAD, IIN, null, NOW), person()))
        .doesNotThrowAnyException();
    assertThatCode(() -> verify(TestNca.sign(PAYLOAD, IIN, BIN, NOW), company(BIN)))
        .doesNotThrowAnyException();
    // the configured responder was asked, not the one the certificates name
    assertThat(ocsp.requests()).isEqualTo(2);
  }

  @Test
  void eachBrokenPropertyIsNamed() throws Exception {
    String good = TestNca.sign(PAYLOAD, IIN, null, NOW);
    assertThat(reason(null, person())).isEqualTo("SIGNATURE_MISSING");
    assertThat(reason("bm90IGNtcw==", person())).isEqualTo("SIGNATURE_MALFORMED");
    assertThat(reasonFor("other bytes".getBytes(StandardCharsets.UTF_8), good, person()))
        .isEqualTo("SIGNATURE_INVALID");
    assertThat(reason(TestNca.sign(PAYLOAD, "061211600012", null, NOW), person()))
        .isEqualTo("IIN_MISMATCH");
    assertThat(reason(good, company(BIN))).isEqualTo("BIN_MISMATCH");
    assertThat(reason(TestNca.sign(PAYLOAD, TestNca.untrusted(IIN, NOW), NOW), person()))
        .isEqualTo("CERTIFICATE_UNTRUSTED");
    var expired =
        TestNca.persona(IIN, null, NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)));
    assertThat(reason(TestNca.sign(PAYLOAD, expired, NOW), person()))
        .isEqualTo("CERTIFICATE_EXPIRED");
    assertThat(reason(TestNca.sign(PAYLOAD, IIN, null, NOW.plus(Duration.ofHours(1))), person()))
        .isEqualTo("SIGNING_TIME_IN_FUTURE");
  }

  @Test
  void anExpiredCertificateIsRefusedThoughTheClaimedSigningTimeFallsInItsValidity() {
    var expired =
        TestNca.persona(IIN, null, NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)));
    // back-dated: the signature claims a time when the certificate was still valid
    String signature = TestNca.sign(PAYLOAD, expired, NOW.minus(Duration.ofDays(2)));

    SignatureRefused refused = refusal(signature, person());

    assertThat(refused.reason()).isEqualTo(SignatureVerifier.Reason.CERTIFICATE_EXPIRED);
    assertThat(refused.rule()).isEqualTo(IntakeRuleViolation.Rule.CERTIFICATE_EXPIRED);
    assertThat(refused.facts())
        .containsEntry("notAfter", NOW.minus(Duration.ofDays(1)).toString())
        .containsEntry("checkedAt", NOW.toString());
    // the detail names the end of validity and the time of receipt, in the caller's language
    assertThat(refused.detail()).isEqualTo("expired");
    assertThat(refused.detailArgs()).containsExactly(NOW.minus(Duration.ofDays(1)), NOW);
  }

  @Test
  void aCertificateNotYetValidAtReceiptIsRefusedThoughTheClaimedSigningTimeFallsInItsValidity() {
    // valid from a minute after receipt; the signature claims a time within the clock tolerance
    var early =
        TestNca.persona(IIN, null, NOW.plus(Duration.ofMinutes(1)), NOW.plus(Duration.ofDays(365)));
    String signature = TestNca.sign(PAYLOAD, early, NOW.plus(Duration.ofMinutes(3)));

    SignatureRefused refused = refusal(signature, person());

    assertThat(refused.reason()).isEqualTo(SignatureVerifier.Reason.CERTIFICATE_NOT_YET_VALID);
    assertThat(refused.rule()).isEqualTo(IntakeRuleViolation.Rule.CERTIFICATE_NOT_YET_VALID);
    assertThat(refused.facts())
        .containsEntry("notBefore", NOW.plus(Duration.ofMinutes(1)).toString())
        .containsEntry("checkedAt", NOW.toString());
  }

  @Test
  void aRevokedCertificateIsRefusedWithTheTimeAndReasonOfTheRevocation() {
    var persona =
        TestNca.persona(IIN, null, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(300)));
    Instant revokedAt = NOW.minus(Duration.ofDays(2));
    ocsp.revoke(persona.certificate(), revokedAt, CRLReason.keyCompromise);
    // signed (it claims) before the revocation: the status now is what counts
    String signature = TestNca.sign(PAYLOAD, persona, NOW.minus(Duration.ofDays(3)));

    SignatureRefused refused = refusal(signature, person());

    assertThat(refused.reason()).isEqualTo(SignatureVerifier.Reason.CERTIFICATE_REVOKED);
    assertThat(refused.rule()).isEqualTo(IntakeRuleViolation.Rule.CERTIFICATE_REVOKED);
    assertThat(refused.facts())
        .containsExactly(
            entry("revokedAt", revokedAt.toString()),
            entry("revocationReason", "KEY_COMPROMISE"),
            entry("checkedAt", NOW.toString()));
    assertThat(refused.getMessage()).contains("KEY_COMPROMISE");

    ocsp.revoke(persona.certificate(), revokedAt, null);
    assertThat(refusal(signature, person()).facts()).doesNotContainKey("revocationReason");

    ocsp.restore(persona.certificate());
    assertThatCode(() -> verify(signature, person())).doesNotThrowAnyException();
  }

  @Test
  void aDelegatedResponderCertifiedByTheNcaIsBelieved() {
    var persona =
        TestNca.persona(IIN, null, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(300)));
    String signature = TestNca.sign(PAYLOAD, persona, NOW);
    try (TestOcspResponder delegated = TestNca.delegatedResponder()) {
      CmsSignatureVerifier byDelegate = verifier(delegated.url());
      assertThatCode(() -> byDelegate.verify(PAYLOAD, signature, person(), NOW))
          .doesNotThrowAnyException();
      delegated.revoke(persona.certificate(), NOW.minus(Duration.ofHours(1)), null);
      assertThat(
              catchThrowableOfType(
                      SignatureRefused.class,
                      () -> byDelegate.verify(PAYLOAD, signature, person(), NOW))
                  .reason())
          .isEqualTo(SignatureVerifier.Reason.CERTIFICATE_REVOKED);
    }
  }

  @Test
  void whenTheResponderIsDownTheStatusIsUnavailableNeitherAcceptedNorRefused() throws Exception {
    String signature = TestNca.sign(PAYLOAD, IIN, null, NOW);
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CmsSignatureVerifier nobodyAnswers = verifier("http://127.0.0.1:" + closedPort + "/ocsp");

    SignatureRefused refused =
        catchThrowableOfType(
            SignatureRefused.class, () -> nobodyAnswers.verify(PAYLOAD, signature, person(), NOW));

    assertThat(refused.reason()).isEqualTo(SignatureVerifier.Reason.REVOCATION_STATUS_UNAVAILABLE);
    assertThat(refused.rule()).isEqualTo(IntakeRuleViolation.Rule.REVOCATION_STATUS_UNAVAILABLE);
    assertThat(refused.field()).isEqualTo("signature");
    // "try again later", and nothing of the responder's address
    assertThat(refused.detail()).isEqualTo("unknown");
    assertThat(refused.detailArgs()).isEmpty();
    assertThat(refused.getMessage()).doesNotContain("127.0.0.1");
  }

  @Test
  void anAnswerThatCannotBeTrustedIsNoAnswer() {
    String signature = TestNca.sign(PAYLOAD, IIN, null, NOW);
    for (Fault fault :
        new Fault[] {
          Fault.HTTP_ERROR,
          Fault.TRY_LATER,
          Fault.SIGNED_BY_STRANGER,
          Fault.WRONG_NONCE,
          Fault.UNKNOWN
        }) {
      ocsp.fault(fault);
      assertThat(reason(signature, person()))
          .as(fault.name())
          .isEqualTo("REVOCATION_STATUS_UNAVAILABLE");
    }
  }

  @Test
  void anAnswerWithoutNonceCountsOnlyWhenFresh() {
    String signature = TestNca.sign(PAYLOAD, IIN, null, NOW);
    ocsp.fault(Fault.NO_NONCE);
    ocsp.thisUpdate(NOW.minus(Duration.ofMinutes(10)));
    assertThatCode(() -> verify(signature, person())).doesNotThrowAnyException();
    ocsp.thisUpdate(NOW.minus(Duration.ofHours(2))); // replayed or cached: too old
    assertThat(reason(signature, person())).isEqualTo("REVOCATION_STATUS_UNAVAILABLE");
    ocsp.thisUpdate(NOW.plus(Duration.ofHours(1))); // from the future
    assertThat(reason(signature, person())).isEqualTo("REVOCATION_STATUS_UNAVAILABLE");
  }

  @Test
  void withoutAConfiguredResponderTheOneTheCertificateNamesIsAsked() {
    CmsSignatureVerifier byCertificate = verifier("");
    var persona =
        TestNca.persona(
            IIN, null, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(300)), ocsp.url());
    String signature = TestNca.sign(PAYLOAD, persona, NOW);
    ocsp.revoke(persona.certificate(), NOW.minus(Duration.ofDays(1)), CRLReason.superseded);

    assertThat(
            catchThrowableOfType(
                    SignatureRefused.class,
                    () -> byCertificate.verify(PAYLOAD, signature, person(), NOW))
                .facts())
        .containsEntry("revocationReason", "SUPERSEDED");
    assertThat(ocsp.requests()).isEqualTo(1);

    var silent =
        TestNca.persona(
            IIN, null, NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(300)), null);
    assertThat(
            catchThrowableOfType(
                    SignatureRefused.class,
                    () ->
                        byCertificate.verify(
                            PAYLOAD, TestNca.sign(PAYLOAD, silent, NOW), person(), NOW))
                .reason())
        .isEqualTo(SignatureVerifier.Reason.REVOCATION_STATUS_UNAVAILABLE);
  }

  @Test
  void theNcaIsNotAskedAboutASignatureThatFailsEarlier() {
    ocsp.fault(Fault.HTTP_ERROR);
    assertThat(reason(TestNca.sign(PAYLOAD, "061211600012", null, NOW), person()))
        .isEqualTo("IIN_MISMATCH");
    assertThat(ocsp.requests()).isZero();
  }

  private static CmsSignatureVerifier verifier(String ocspUrl) {
    try {
      return new CmsSignatureVerifier(
          kz.cites.eds.TrustedRoots.of(new String[] {"classpath:nca/test-root.pem"}, ""),
          new OcspClient(
              new OcspProperties(ocspUrl, Duration.ofSeconds(2), Duration.ofSeconds(3))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void verify(String signature, ApplicationContent.Applicant applicant) {
    verifier.verify(PAYLOAD, signature, applicant, NOW);
  }

  private SignatureRefused refusal(String signature, ApplicationContent.Applicant applicant) {
    return catchThrowableOfType(SignatureRefused.class, () -> verify(signature, applicant));
  }

  private String reason(String signature, ApplicationContent.Applicant applicant) {
    return reasonFor(PAYLOAD, signature, applicant);
  }

  private String reasonFor(
      byte[] payload, String signature, ApplicationContent.Applicant applicant) {
    SignatureRefused refused =
        catchThrowableOfType(
            SignatureRefused.class, () -> verifier.verify(payload, signature, applicant, NOW));
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.rule()).isEqualTo(refused.reason().rule());
    assertThat(refused.field()).isEqualTo("signature");
    return refused.reason().name();
  }

  static ApplicationContent.Applicant person() {
    return new ApplicationContent.Applicant("INDIVIDUAL", IIN, null, "A", "Almaty", null, null);
  }

  static ApplicationContent.Applicant company(String bin) {
    return new ApplicationContent.Applicant("LEGAL_ENTITY", IIN, bin, "Co", "Almaty", null, null);
  }
}

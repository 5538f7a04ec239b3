package kz.cites.eds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmsVerifierTest {

  static final Instant AT = Instant.parse("2026-08-31T06:00:00Z");
  static final byte[] CONTENT = "{\"number\":\"26KZ000001\"}".getBytes(StandardCharsets.UTF_8);

  final TestCa nca = new TestCa("Test NCA Root");
  final CmsVerifier verifier = new CmsVerifier(new TrustedRoots(List.of(nca.root), null));
  final TestCa.Holder officer =
      nca.person(
          "860606407353",
          Instant.parse("2026-01-01T00:00:00Z"),
          Instant.parse("2027-01-01T00:00:00Z"));

  @Test
  void aSignatureOfACertificateOfTheTrustedRootHoldsAndSaysWhoSigned() {
    CmsVerifier.Verified verified = verifier.verify(CONTENT, TestCa.sign(officer, CONTENT), AT);

    assertThat(verified.certificate()).isEqualTo(officer.certificate());
    assertThat(verified.issuer()).isEqualTo(nca.root);
    assertThat(verified.subject())
        .isEqualTo(new CertificateSubject("ЖҰМАБАЕВА ГҮЛНАРА", null, "860606407353", null));
  }

  @Test
  void eachBrokenPropertyIsNamed() {
    byte[] signature = TestCa.sign(officer, CONTENT);

    assertThat(reason(CONTENT, "not a CMS".getBytes(StandardCharsets.US_ASCII), AT))
        .isEqualTo(EdsException.Reason.MALFORMED);
    assertThat(
            reason("{\"number\":\"26KZ000002\"}".getBytes(StandardCharsets.UTF_8), signature, AT))
        .isEqualTo(EdsException.Reason.INVALID);
    assertThat(reason(CONTENT, signature, Instant.parse("2027-06-01T00:00:00Z")))
        .isEqualTo(EdsException.Reason.CERTIFICATE_EXPIRED);
    assertThat(reason(CONTENT, signature, Instant.parse("2025-06-01T00:00:00Z")))
        .isEqualTo(EdsException.Reason.CERTIFICATE_NOT_YET_VALID);
    TestCa stranger = new TestCa("Another Root");
    TestCa.Holder forged =
        stranger.person(
            "860606407353",
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(reason(CONTENT, TestCa.sign(forged, CONTENT), AT))
        .isEqualTo(EdsException.Reason.UNTRUSTED);
    assertThat(
            catchThrowableOfType(
                    EdsException.class,
                    () ->
                        new CmsVerifier(new TrustedRoots(List.of(), ""))
                            .verify(CONTENT, signature, AT))
                .reason())
        .isEqualTo(EdsException.Reason.NO_TRUSTED_ROOT);
  }

  @Test
  void anExpiredCertificateSaysWhenItExpiredAndWhenItWasChecked() {
    Instant later = Instant.parse("2027-06-01T00:00:00Z");

    EdsException expired =
        catchThrowableOfType(
            EdsException.class,
            () -> verifier.verify(CONTENT, TestCa.sign(officer, CONTENT), later));

    assertThat(expired.facts())
        .containsEntry("notAfter", "2027-01-01T00:00:00Z")
        .containsEntry("checkedAt", later.toString());
  }

  @Test
  void anOrganisationCertificateNamesTheOrganisationAndItsBinAsNcaWritesThem() {
    TestCa.Holder seal = nca.organisation("РГУ \"Комитет, лесного хозяйства\"", "990140004654");

    CertificateSubject subject = verifier.verify(CONTENT, TestCa.sign(seal, CONTENT), AT).subject();

    // the text itself, not an escaped form of its quotes and comma
    assertThat(subject.commonName()).isEqualTo("РГУ \"Комитет, лесного хозяйства\"");
    assertThat(subject.organisation()).isEqualTo(subject.commonName());
    assertThat(subject.bin()).isEqualTo("990140004654");
    assertThat(subject.iin()).isNull();
  }

  @Test
  void aChainInPemReadsBackInOrder() {
    String pem = Pem.of(List.of(officer.certificate(), nca.root));

    assertThat(Pem.certificates(pem.getBytes(StandardCharsets.US_ASCII)))
        .containsExactly(officer.certificate(), nca.root);
    assertThat(
            new TrustedRoots(List.of(nca.root), null)
                .requireChain(officer.certificate(), List.of(), AT))
        .isEqualTo(nca.root);
  }

  private EdsException.Reason reason(byte[] content, byte[] signature, Instant at) {
    EdsException refused =
        catchThrowableOfType(EdsException.class, () -> verifier.verify(content, signature, at));
    assertThat(refused).as("refused").isNotNull();
    return refused.reason();
  }
}

package kz.cites.application.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.cites.application.intake.domain.ApplicationContent;
import kz.cites.application.intake.domain.IntakeRuleViolation;
import org.junit.jupiter.api.Test;

/** Real CMS verification against the test NCA root. */
class CmsSignatureVerifierTest {

  static final Instant NOW = Instant.parse("2026-03-20T14:00:00Z");
  static final String IIN = "811201401188";
  static final String BIN = "940140000385";
  static final byte[] PAYLOAD = "{\"applicationId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

  final CmsSignatureVerifier verifier;

  CmsSignatureVerifierTest() throws Exception {
    verifier =
        new CmsSignatureVerifier(
            new TrustedRoots(new String[] {"classpath:nca/test-root.pem"}, ""),
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void aSignatureOfTheApplicantOverThePayloadHolds() {
    assertThatCode(() -> verifier.verify(PAYLOAD, TestNca.sign(PAYLOAD, IIN, null, NOW), person()))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> verifier.verify(PAYLOAD, TestNca.sign(PAYLOAD, IIN, BIN, NOW), company(BIN)))
        .doesNotThrowAnyException();
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
        .isEqualTo("CERTIFICATE_NOT_VALID_AT_SIGNING_TIME");
    assertThat(reason(TestNca.sign(PAYLOAD, IIN, null, NOW.plus(Duration.ofHours(1))), person()))
        .isEqualTo("SIGNING_TIME_IN_FUTURE");
  }

  private String reason(String signature, ApplicationContent.Applicant applicant) {
    return reasonFor(PAYLOAD, signature, applicant);
  }

  private String reasonFor(
      byte[] payload, String signature, ApplicationContent.Applicant applicant) {
    IntakeRuleViolation violation =
        catchThrowableOfType(
            IntakeRuleViolation.class, () -> verifier.verify(payload, signature, applicant));
    assertThat(violation.rule()).isEqualTo(IntakeRuleViolation.Rule.INVALID_SIGNATURE);
    assertThat(violation.field()).isEqualTo("signature");
    return (String) violation.details().getFirst();
  }

  static ApplicationContent.Applicant person() {
    return new ApplicationContent.Applicant("INDIVIDUAL", IIN, null, "A", "Almaty", null, null);
  }

  static ApplicationContent.Applicant company(String bin) {
    return new ApplicationContent.Applicant("LEGAL_ENTITY", IIN, bin, "Co", "Almaty", null, null);
  }
}

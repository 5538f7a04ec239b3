package kz.cites.fee.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import kz.cites.fee.payment.domain.NotificationSignature.Verdict;
import org.junit.jupiter.api.Test;

class NotificationSignatureTest {

  private static final Instant NOW = Instant.parse("2026-03-26T06:00:00Z");
  private static final long TS = NOW.getEpochSecond();
  private static final byte[] BODY = "{\"receiptNumber\":\"R-1\"}".getBytes(StandardCharsets.UTF_8);

  private final NotificationSignature signature =
      new NotificationSignature("s3cret", Duration.ofMinutes(5));

  @Test
  void matchesAnIndependentlyComputedHmac() {
    // python3: hmac.new(b"s3cret", b'1774504800.{"receiptNumber":"R-1"}', hashlib.sha256)
    assertThat(signature.sign(TS, BODY))
        .isEqualTo("sha256=" + EXPECTED_HEX)
        .startsWith(NotificationSignature.PREFIX);
    assertThat(signature.verify(Long.toString(TS), "sha256=" + EXPECTED_HEX, BODY, NOW))
        .isEqualTo(Verdict.VALID);
  }

  @Test
  void aChangedBodyTimestampOrSecretIsABadSignature() {
    String signed = signature.sign(TS, BODY);
    byte[] tampered = "{\"receiptNumber\":\"R-2\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(signature.verify(Long.toString(TS), signed, tampered, NOW))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(signature.verify(Long.toString(TS - 1), signed, BODY, NOW))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(
            signature.verify(
                Long.toString(TS),
                new NotificationSignature("other", Duration.ofMinutes(5)).sign(TS, BODY),
                BODY,
                NOW))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(signature.verify(null, signed, BODY, NOW)).isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(signature.verify("x", signed, BODY, NOW)).isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(signature.verify(Long.toString(TS), "md5=abc", BODY, NOW))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(signature.verify(Long.toString(TS), "sha256=zz", BODY, NOW))
        .isEqualTo(Verdict.BAD_SIGNATURE);
  }

  @Test
  void olderOrFurtherAheadThanTheMaximumAgeIsStale() {
    assertThat(
            signature.verify(
                Long.toString(TS), signature.sign(TS, BODY), BODY, NOW.plusSeconds(300)))
        .isEqualTo(Verdict.VALID);
    assertThat(
            signature.verify(
                Long.toString(TS), signature.sign(TS, BODY), BODY, NOW.plusSeconds(301)))
        .isEqualTo(Verdict.STALE);
    assertThat(
            signature.verify(
                Long.toString(TS), signature.sign(TS, BODY), BODY, NOW.minusSeconds(301)))
        .isEqualTo(Verdict.STALE);
  }

  private static final String EXPECTED_HEX =
      "ea7ff11be05db24d2c9d876a421bacf4004212a51b49109faed34c3df00a2e53";
}

package kz.cites.application.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The signature is the Standard Webhooks one, byte for byte, so that a receiver can verify with any
 * of that specification's libraries.
 */
class WebhookSignatureTest {

  /** The specification's published test vector. */
  static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final long TIMESTAMP = 1614265330;
  static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

  @Test
  void reproducesTheStandardWebhooksTestVector() {
    assertThat(WebhookSignature.header(List.of(SigningSecret.decode(SECRET)), ID, TIMESTAMP, BODY))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void duringARotationBothSecretsSignSpaceSeparatedTheCurrentOneFirst() {
    SigningSecret current = SigningSecret.generate();
    SigningSecret previous = SigningSecret.decode(SECRET);
    String header = WebhookSignature.header(List.of(current, previous), ID, TIMESTAMP, BODY);
    assertThat(header.split(" "))
        .containsExactly(
            "v1," + WebhookSignature.sign(current, ID, TIMESTAMP, BODY),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void anyChangeOfIdTimestampOrBodyChangesTheSignature() {
    SigningSecret secret = SigningSecret.decode(SECRET);
    String signature = WebhookSignature.sign(secret, ID, TIMESTAMP, BODY);
    assertThat(WebhookSignature.sign(secret, ID + "x", TIMESTAMP, BODY)).isNotEqualTo(signature);
    assertThat(WebhookSignature.sign(secret, ID, TIMESTAMP + 1, BODY)).isNotEqualTo(signature);
    assertThat(
            WebhookSignature.sign(
                secret, ID, TIMESTAMP, "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(signature);
  }

  @Test
  void aGeneratedSecretIs32RandomBytesWrittenAsTheSpecificationWritesThem() {
    SigningSecret secret = SigningSecret.generate();
    assertThat(secret.encoded()).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.encoded().substring(6))).hasSize(32);
    assertThat(SigningSecret.decode(secret.encoded())).isEqualTo(secret);
    assertThat(SigningSecret.generate()).isNotEqualTo(secret);
    assertThat(secret.toString()).doesNotContain(secret.encoded().substring(6));
  }
}

package kz.cites.application.webhooks.domain;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The key a subscription's deliveries are signed with (HMAC-SHA256), written as the Standard
 * Webhooks specification writes it: {@code whsec_} and the base64 of the key bytes. A receiver
 * verifies with the key bytes (the base64 decoded), so any of that specification's libraries can.
 */
public final class SigningSecret {

  private static final String PREFIX = "whsec_";
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;

  private SigningSecret(byte[] key) {
    this.key = key.clone();
  }

  /** 32 random bytes from a strong generator. */
  public static SigningSecret generate() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return new SigningSecret(key);
  }

  /** Reads {@code whsec_<base64>} (the prefix may be left out). */
  public static SigningSecret decode(String encoded) {
    String base64 = encoded.startsWith(PREFIX) ? encoded.substring(PREFIX.length()) : encoded;
    byte[] key = Base64.getDecoder().decode(base64);
    if (key.length == 0) {
      throw new IllegalArgumentException("a signing secret needs at least one byte");
    }
    return new SigningSecret(key);
  }

  /** {@code whsec_} and the base64 of the key. */
  public String encoded() {
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  byte[] key() {
    return key.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SigningSecret that && Arrays.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  /** Never the key itself: a secret must not end up in a log. */
  @Override
  public String toString() {
    return "SigningSecret[" + KEY_BYTES * 8 + " bits]";
  }
}

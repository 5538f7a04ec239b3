package kz.cites.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One creating request as {@link IdempotencyKeys} sees it: the client's key, whom it is kept for
 * and what the request said.
 *
 * @param key the {@code Idempotency-Key} header; {@code null} when the client sent none
 * @param caller whom the key belongs to: the person and the party they act for, so that one
 *     caller's key never answers another's request
 * @param fingerprint SHA-256 (hex) of the operation and its body: the same key with another
 *     fingerprint is a reused key, not a retry
 */
public record IdempotentRequest(@Nullable String key, String caller, String fingerprint) {

  /** The name of the header, as the IETF draft "The Idempotency-Key HTTP Header Field" has it. */
  public static final String HEADER = "Idempotency-Key";

  /**
   * What a key may be: visible ASCII, so a UUID, a ULID or any opaque token of a client fits, and
   * at most 200 characters, so a key cannot be used to fill the table.
   */
  public static final String PATTERN = "^[\\x21-\\x7E]{1,200}$";

  private static final Pattern KEY = Pattern.compile(PATTERN);

  /**
   * @param operation the operation (its id, with the target's id where one path serves many), e.g.
   *     {@code POST /api/v1/applications}: a key reused on another operation is refused even if the
   *     bodies happen to match
   * @param body a stable rendering of what the client sent (its JSON, or the digest of an uploaded
   *     file with its form fields)
   */
  static IdempotentRequest of(
      @Nullable String key,
      CurrentUser user,
      String operation,
      String body,
      IdempotencyProblems problems) {
    if (key != null && !KEY.matcher(key).matches()) {
      throw problems.invalidKey().get();
    }
    // the party decides what a key may see: the same person alone and for a company are two
    String caller = user.iin() + (user.bin() == null ? "" : "/" + user.bin());
    return new IdempotentRequest(key, caller, sha256(operation + "\n" + body));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

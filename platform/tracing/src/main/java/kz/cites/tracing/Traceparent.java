package kz.cites.tracing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A W3C trace context {@code traceparent} value ({@code 00-<trace id>-<span id>-<flags>}). The
 * trace id travels unchanged from the first HTTP request through every event it causes; each hop
 * gets a span id of its own.
 */
public record Traceparent(String traceId, String spanId, String flags) {

  public static final String HEADER = "traceparent";

  private static final Pattern FORMAT =
      Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new trace, for work that no request or event started. */
  public static Traceparent newTrace() {
    return new Traceparent(randomHex(16), randomHex(8), "01");
  }

  public static Optional<Traceparent> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    var matcher = FORMAT.matcher(value.trim());
    if (!matcher.matches() || matcher.group(1).matches("0+") || matcher.group(2).matches("0+")) {
      return Optional.empty();
    }
    return Optional.of(new Traceparent(matcher.group(1), matcher.group(2), matcher.group(3)));
  }

  /** The same trace, one hop further. */
  public Traceparent child() {
    return new Traceparent(traceId, randomHex(8), flags);
  }

  @Override
  public String toString() {
    return "00-" + traceId + "-" + spanId + "-" + flags;
  }

  private static String randomHex(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return HexFormat.of().formatHex(buffer);
  }
}

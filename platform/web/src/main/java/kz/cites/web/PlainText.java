package kz.cites.web;

import java.util.Optional;

/**
 * What no text of a request may hold: the NUL character (PostgreSQL refuses it in text, so it could
 * only fail later and misleadingly) and a lone surrogate (half of a UTF-16 pair: no Unicode
 * character, it cannot be encoded in UTF-8 and would be stored broken).
 */
public final class PlainText {

  /** The rule a NUL character breaks, as {@code errors[].rule} names it. */
  public static final String NO_NUL = "NoNulCharacter";

  /** The rule a lone surrogate breaks, as {@code errors[].rule} names it. */
  public static final String WELL_FORMED = "WellFormedUnicode";

  private PlainText() {}

  /** The broken rule and its message, or empty when {@code text} is acceptable. */
  public static Optional<Flaw> flaw(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return Optional.of(
            new Flaw(
                NO_NUL,
                "must not contain the NUL character (U+0000)",
                Text.of("constraint." + NO_NUL)));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a pair: one character outside the Basic Multilingual Plane
      } else if (Character.isSurrogate(c)) {
        return Optional.of(
            new Flaw(
                WELL_FORMED,
                String.format(
                    "must be well-formed Unicode: a lone surrogate (U+%04X) at index %d",
                    (int) c, i),
                Text.of("constraint." + WELL_FORMED, String.format("%04X", (int) c), i)));
      }
    }
    return Optional.empty();
  }

  /**
   * A broken rule: its name, its message in English (for logs) and the message for people in their
   * language ({@code constraint.NoNulCharacter}, {@code constraint.WellFormedUnicode}).
   */
  public record Flaw(String rule, String message, Text text) {}
}

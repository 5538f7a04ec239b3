package kz.cites.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The languages the services answer in: Kazakh (the state language), Russian (the official
 * language, and the portal's default) and English (for the CITES permit and foreign readers). The
 * caller's {@code Accept-Language} chooses; what it does not name, or names only in languages we do
 * not write, is answered in Russian.
 */
public enum Language {
  KK("kk"),
  RU("ru"),
  EN("en");

  /** The language of an answer to a caller who asked for none we write (the portal's default). */
  public static final Language DEFAULT = RU;

  private static final List<Locale> LOCALES =
      Arrays.stream(values()).map(Language::locale).toList();

  private final String tag;
  private final Locale locale;

  Language(String tag) {
    this.tag = tag;
    this.locale = Locale.forLanguageTag(tag);
  }

  /** The BCP 47 tag, as sent in {@code Content-Language}: {@code kk}, {@code ru}, {@code en}. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  /** The language of {@code locale} ({@code kk_KZ} is Kazakh), or {@link #DEFAULT}. */
  public static Language of(Locale locale) {
    if (locale != null) {
      for (Language language : values()) {
        if (language.tag.equals(locale.getLanguage())) {
          return language;
        }
      }
    }
    return DEFAULT;
  }

  /**
   * The language an {@code Accept-Language} header asks for (RFC 4647 lookup, weights respected):
   * {@code kk-KZ} is Kazakh, {@code fr, en;q=0.5} English; none, a malformed header or only
   * languages we do not write give {@link #DEFAULT}.
   */
  public static Language fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException malformed) {
      return DEFAULT;
    }
    Locale found = Locale.lookup(ranges, LOCALES);
    return found == null ? DEFAULT : of(found);
  }
}

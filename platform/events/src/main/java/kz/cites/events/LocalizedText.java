package kz.cites.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One text written in each language people read (ADR 0007): Kazakh (the state language), Russian
 * (the official language, and the default) and English. The service that writes a text people read
 * (a refusal's explanation, a registry's finding) writes it in all three at once and sends it so;
 * whoever shows it picks the reader's language, and nobody translates another service's words
 * again. A language left null reads as Russian.
 */
public record LocalizedText(@Nullable String kk, @Nullable String ru, @Nullable String en) {

  /** The text in the language of {@code tag} ({@code kk}, {@code ru}, {@code en}), else Russian. */
  public String in(String tag) {
    String text =
        switch (tag == null ? "" : tag) {
          case "kk" -> kk;
          case "en" -> en;
          default -> ru;
        };
    return text == null ? ru : text;
  }

  /** The three by language tag, Kazakh first. */
  public Map<String, String> byLanguage() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("kk", kk);
    texts.put("ru", ru);
    texts.put("en", en);
    return Collections.unmodifiableMap(texts);
  }
}

package kz.cites.permit.review.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import kz.cites.events.LocalizedText;
import kz.cites.permit.review.domain.RefusalDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the legal texts shipped with the release ({@code legal/*.json}) and holds them to being
 * complete: a text people read in a refusal exists in every language a refusal is written in, or
 * the service does not start (rather than sign refusals with a text missing).
 */
final class LegalData {

  private LegalData() {}

  static <T> T read(String location, Class<T> type) {
    try (InputStream in = LegalData.class.getResourceAsStream(location)) {
      if (in == null) {
        throw new IllegalStateException(location + " is missing");
      }
      return JsonMapper.builder().build().readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} in {@code language}; a missing language stops the service at start-up. */
  static String in(LocalizedText text, String language) {
    return text == null ? null : text.in(language);
  }

  /** Fails unless {@code text} is there in every language; {@code what} names it in the error. */
  static void requireComplete(String location, String what, LocalizedText text) {
    if (text == null) {
      throw new IllegalStateException(location + ": " + what + " is missing");
    }
    for (String language : RefusalDocument.LANGUAGES) {
      String value =
          switch (language) {
            case "kk" -> text.kk();
            case "ru" -> text.ru();
            default -> text.en();
          };
      if (value == null || value.isBlank()) {
        throw new IllegalStateException(location + ": " + what + " has no text in " + language);
      }
    }
  }

  static void requireNonEmpty(String location, String what, List<?> values) {
    if (values == null || values.isEmpty()) {
      throw new IllegalStateException(location + ": no " + what);
    }
  }
}

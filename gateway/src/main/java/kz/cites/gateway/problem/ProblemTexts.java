package kz.cites.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The words of the gateway's own problems in the caller's language, from its bundle ({@code
 * messages.properties} in Russian, the default language, with {@code _kk} and {@code _en}): the
 * same languages and the same choice as the services' (docs/adr/0007-languages.md; the rule is
 * platform/web's {@code Language}, which the reactive gateway cannot depend on): {@code
 * Accept-Language} by RFC 4647 lookup among kk, ru and en, Russian for anything else.
 */
public final class ProblemTexts {

  /** The languages written, the default (Russian) first. */
  static final List<Locale> LANGUAGES = List.of(Locale.of("ru"), Locale.of("kk"), Locale.of("en"));

  private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

  static {
    BUNDLE.setBasename("messages");
    BUNDLE.setDefaultEncoding(StandardCharsets.UTF_8.name());
    BUNDLE.setFallbackToSystemLocale(false);
  }

  private ProblemTexts() {}

  /** The language {@code exchange} asks for: kk, ru or en. */
  public static Locale language(ServerWebExchange exchange) {
    return language(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
  }

  static Locale language(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return LANGUAGES.getFirst();
    }
    try {
      Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return found == null ? LANGUAGES.getFirst() : Locale.of(found.getLanguage());
    } catch (IllegalArgumentException malformed) {
      return LANGUAGES.getFirst();
    }
  }

  /**
   * {@code key} with {@code args} in {@code language}; {@code fallback} (English) for a key the
   * bundle lacks, e.g. the title of a status the gateway rarely answers.
   */
  static String text(Locale language, String key, String fallback, Object... args) {
    Object[] shown = Arrays.stream(args).map(a -> a == null ? "—" : a.toString()).toArray();
    return BUNDLE.getMessage(key, shown.length == 0 ? null : shown, fallback, language);
  }
}

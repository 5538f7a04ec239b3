package kz.cites.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes texts from the message bundles in the caller's language: the {@code Accept-Language} of
 * the current request ({@link Language#fromAcceptLanguage}), Russian outside a request. Arguments
 * are shown the way the language writes them: a date as {@code 31.03.2026} in Kazakh and Russian
 * and {@code 2026-03-31} in English, a local time as {@code 31.03.2026 18:00} and {@code 2026-03-31
 * 18:00} (a service turns an instant into its local time, which a text then names), a number as
 * plain digits (no grouping: years and amounts are quoted as they are), an enum by its name, a
 * missing value as a dash, a {@link Text} in the same language, a list as its items joined by
 * commas.
 *
 * <p>A request whose answer used a text is marked, so that the answer says which language it is in
 * ({@code Content-Language}, and {@code Vary: Accept-Language} for caches).
 *
 * <p>A key missing from the bundles is a bug that the bundle tests catch; should one slip through
 * anyway, the answer carries the key (and the log an error) rather than failing, unless {@code
 * strict} (the services' tests), where it throws.
 */
public class Texts {

  private static final Logger log = LoggerFactory.getLogger(Texts.class);

  /** A service's own bundle, at the root of its classpath. */
  public static final String SERVICE_BUNDLE = "messages";

  /** platform/web's bundle: the shared problem types and bean validation's messages. */
  public static final String PLATFORM_BUNDLE = "kz/cites/web/messages";

  /** The request attribute that records the language an answer was written in. */
  static final String ANSWERED_IN = Texts.class.getName() + ".answeredIn";

  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DAY_MONTH_YEAR_MINUTES =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter ISO_MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MessageSource messages;
  private final boolean strict;

  public Texts(MessageSource messages, boolean strict) {
    this.messages = messages;
    this.strict = strict;
  }

  /** The language of the current request ({@link Language#DEFAULT} outside a request). */
  public Language language() {
    HttpServletRequest request = currentRequest();
    return request == null ? Language.DEFAULT : languageOf(request);
  }

  /**
   * The language of the current request, for an answer that holds words of that language not taken
   * from the bundles (e.g. a species' common name): the answer then says so too ({@code
   * Content-Language}).
   */
  public Language answerLanguage() {
    Language language = language();
    markAnsweredIn(language);
    return language;
  }

  /** The language {@code request} asks for in its {@code Accept-Language}. */
  public static Language languageOf(HttpServletRequest request) {
    return Language.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** {@code key} with {@code args}, in the caller's language. */
  public String text(String key, Object... args) {
    return text(language(), key, args);
  }

  public String text(Text text) {
    return text(language(), text);
  }

  /** {@code text} in {@code language}; an argument that is a {@link Text} is written first. */
  public String text(Language language, Text text) {
    return text(language, text.key(), text.args().toArray());
  }

  /** {@code key} with {@code args} in {@code language}. */
  public String text(Language language, String key, Object... args) {
    return write(language, true, key, args);
  }

  /**
   * {@code key} with {@code args} in {@code language}, for a text that is kept or sent rather than
   * answered (the words of an event, of a signed document, in every language at once): unlike
   * {@link #text(Language, String, Object...)} it leaves alone the language the current answer says
   * it is in.
   */
  public String textFor(Language language, String key, Object... args) {
    return write(language, false, key, args);
  }

  /** {@link #textFor(Language, String, Object...)} of a {@link Text}. */
  public String textFor(Language language, Text text) {
    return textFor(language, text.key(), text.args().toArray());
  }

  private String write(Language language, boolean answer, String key, Object... args) {
    if (answer) {
      markAnsweredIn(language);
    }
    Object[] shown = new Object[args == null ? 0 : args.length];
    for (int i = 0; i < shown.length; i++) {
      shown[i] = written(language, answer, args[i]);
    }
    try {
      return messages.getMessage(key, shown.length == 0 ? null : shown, language.locale());
    } catch (NoSuchMessageException e) {
      if (strict) {
        throw e;
      }
      log.error("No text for key '{}' in {}", key, language.tag());
      return key;
    }
  }

  /**
   * Says on {@code response} that it is written in {@code language}: {@code Content-Language}, and
   * {@code Vary: Accept-Language} for caches (for answers written without Spring MVC's converters;
   * theirs get it from {@link ContentLanguageAdvice}).
   */
  public static void answeredIn(HttpServletResponse response, Language language) {
    response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
    if (!response.getHeaders(HttpHeaders.VARY).contains(HttpHeaders.ACCEPT_LANGUAGE)) {
      response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
  }

  /** The language a text of the current request's answer was written in, if any. */
  static Language answeredIn(RequestAttributes attributes) {
    return attributes.getAttribute(ANSWERED_IN, RequestAttributes.SCOPE_REQUEST)
            instanceof Language language
        ? language
        : null;
  }

  /**
   * The bundles of a service: its own ({@code messages*.properties} at the root of the classpath)
   * and then platform/web's ({@code kz/cites/web/messages*.properties}), in UTF-8, each a Russian
   * default file with {@code _kk} and {@code _en} beside it. Never the server's locale: a language
   * without its own file is Russian.
   */
  public static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames(SERVICE_BUNDLE, PLATFORM_BUNDLE);
    source.setDefaultEncoding(StandardCharsets.UTF_8.name());
    source.setFallbackToSystemLocale(false);
    return source;
  }

  /** An argument in {@code language}: a {@link Text} (also in a list) written first. */
  private Object written(Language language, boolean answer, Object arg) {
    return switch (arg) {
      case Text nested -> write(language, answer, nested.key(), nested.args().toArray());
      case List<?> items ->
          String.join(
              ", ", items.stream().map(i -> String.valueOf(written(language, answer, i))).toList());
      case null, default -> shown(language, arg);
    };
  }

  /** How an argument is written in {@code language}. */
  static Object shown(Language language, Object arg) {
    return switch (arg) {
      case null -> "—";
      case LocalDate date ->
          language == Language.EN ? date.toString() : date.format(DAY_MONTH_YEAR);
      case LocalDateTime time ->
          time.format(language == Language.EN ? ISO_MINUTES : DAY_MONTH_YEAR_MINUTES);
      case BigDecimal amount -> amount.toPlainString();
      case Number number -> number.toString();
      case Enum<?> code -> code.name();
      default -> arg;
    };
  }

  private static void markAnsweredIn(Language language) {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes != null) {
      attributes.setAttribute(ANSWERED_IN, language, RequestAttributes.SCOPE_REQUEST);
    }
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
        ? servlet.getRequest()
        : null;
  }
}

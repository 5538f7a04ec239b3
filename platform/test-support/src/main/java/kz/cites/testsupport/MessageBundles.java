package kz.cites.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Holds a service's message bundles to what ADR 0007 asks of them: every text people read exists in
 * Kazakh, Russian and English. A bundle {@code <basename>} is three UTF-8 files on the classpath:
 * {@code <basename>.properties} (Russian, the default language), {@code <basename>_kk.properties}
 * and {@code <basename>_en.properties}. {@link #findings} lists what is wrong with one, so a test
 * asserts that the list is empty and a missing translation fails the build:
 *
 * <ul>
 *   <li>a key that one language lacks, or a blank text;
 *   <li>a text with other arguments ({@code {0}}, {@code {1}}, ...) than the same text in another
 *       language, or one that {@link MessageFormat} cannot read;
 *   <li>an apostrophe MessageFormat would swallow: a text with arguments writes it twice, a text
 *       without arguments (shown as it is) once;
 *   <li>a Kazakh or English text identical to the Russian one, i.e. a copy, not a translation
 *       (unless it holds no word at all, e.g. a code);
 *   <li>a Kazakh file without any of the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і).
 * </ul>
 */
public final class MessageBundles {

  /** What a service reads its texts from: its own bundle, then platform/web's. */
  public static final List<String> SERVICE_BUNDLES = List.of("messages", "kz/cites/web/messages");

  /** The languages every bundle has, the default (Russian) first. */
  public static final List<String> LANGUAGES = List.of("ru", "kk", "en");

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
  private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private MessageBundles() {}

  /** What is wrong with the bundle {@code basename} (e.g. {@code messages}); empty when nothing. */
  public static List<String> findings(String basename) {
    Map<String, Properties> files = new TreeMap<>();
    List<String> findings = new ArrayList<>();
    for (String language : LANGUAGES) {
      Optional<Properties> file = load(basename, language);
      if (file.isEmpty()) {
        findings.add(fileName(basename, language) + " is missing");
      } else {
        files.put(language, file.get());
      }
    }
    if (!findings.isEmpty()) {
      return findings;
    }
    Set<String> keys = new TreeSet<>();
    files.values().forEach(p -> keys.addAll(p.stringPropertyNames()));
    boolean anyKazakhLetter = false;
    for (String key : keys) {
      Set<Integer> expectedArguments = null;
      for (String language : LANGUAGES) {
        String text = files.get(language).getProperty(key);
        String where = fileName(basename, language) + " " + key;
        if (text == null) {
          findings.add(where + ": missing");
          continue;
        }
        if (text.isBlank()) {
          findings.add(where + ": blank");
          continue;
        }
        anyKazakhLetter |= "kk".equals(language) && KAZAKH_LETTERS.matcher(text).find();
        Set<Integer> arguments = arguments(text);
        if (expectedArguments == null) {
          expectedArguments = arguments;
        } else if (!expectedArguments.equals(arguments)) {
          findings.add(
              where + ": arguments " + arguments + ", other languages " + expectedArguments);
        }
        findings.addAll(apostrophes(where, text, arguments));
        String russian = files.get("ru").getProperty(key);
        if (!"ru".equals(language) && text.equals(russian) && WORD.matcher(text).find()) {
          findings.add(where + ": the same as the Russian text, not a translation");
        }
      }
    }
    if (!anyKazakhLetter && !keys.isEmpty()) {
      findings.add(
          fileName(basename, "kk") + ": no letter of the Kazakh alphabet (ә ғ қ ң ө ұ ү һ і)");
    }
    return findings;
  }

  /** The keys of {@code required} that none of the bundles {@code basenames} has in a language. */
  public static List<String> missingKeys(List<String> basenames, Collection<String> required) {
    List<String> missing = new ArrayList<>();
    for (String language : LANGUAGES) {
      for (String key : required) {
        if (text(basenames, language, key).isEmpty()) {
          missing.add(language + " " + key);
        }
      }
    }
    return missing;
  }

  /**
   * What is wrong with the titles of a problem catalogue: each key of {@code englishTitles} (a
   * type's {@code problem.<slug>.title}) must be in every language of {@code basenames}, and in
   * English say what the catalogue (and so the documentation) says.
   */
  public static List<String> titleFindings(
      List<String> basenames, Map<String, String> englishTitles) {
    List<String> findings = new ArrayList<>(missingKeys(basenames, englishTitles.keySet()));
    englishTitles.forEach(
        (key, title) ->
            text(basenames, "en", key)
                .filter(english -> !english.equals(title))
                .ifPresent(
                    english ->
                        findings.add(
                            "en "
                                + key
                                + ": '"
                                + english
                                + "', the catalogue's title is '"
                                + title
                                + "'")));
    return findings;
  }

  /**
   * {@link #titleFindings(List, Map)} of a problem catalogue: each constant's title key and English
   * title; two constants of one type must agree on its title.
   */
  public static <T> List<String> titleFindings(
      List<String> basenames,
      Stream<T> catalogue,
      Function<T, String> titleKey,
      Function<T, String> englishTitle) {
    return titleFindings(
        basenames,
        catalogue.collect(
            Collectors.toMap(titleKey, englishTitle, (a, b) -> a.equals(b) ? a : a + " / " + b)));
  }

  /** The text of {@code key} in {@code language}: the first of {@code basenames} that has it. */
  public static Optional<String> text(List<String> basenames, String language, String key) {
    for (String basename : basenames) {
      Optional<String> text = load(basename, language).map(p -> p.getProperty(key));
      if (text.isPresent()) {
        return text;
      }
    }
    return Optional.empty();
  }

  private static List<String> apostrophes(String where, String text, Set<Integer> arguments) {
    List<String> findings = new ArrayList<>();
    if (arguments.isEmpty()) {
      if (text.contains("''") && !text.contains("${")) {
        findings.add(where + ": '' in a text without arguments is shown twice");
      }
      return findings;
    }
    try {
      new MessageFormat(text);
    } catch (IllegalArgumentException e) {
      findings.add(where + ": not a MessageFormat pattern (" + e.getMessage() + ")");
      return findings;
    }
    if (text.replace("''", "").contains("'")) {
      findings.add(where + ": a text with arguments writes an apostrophe twice ('')");
    }
    return findings;
  }

  private static Set<Integer> arguments(String text) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(text);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  private static Optional<Properties> load(String basename, String language) {
    String name = fileName(basename, language);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return Optional.of(properties);
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
  }

  private static String fileName(String basename, String language) {
    return basename + ("ru".equals(language) ? "" : "_" + language) + ".properties";
  }
}

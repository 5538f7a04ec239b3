package kz.cites.events.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The descriptions of the event records as their Javadoc states them: a record's summary (its
 * comment up to the first block tag) and each component's {@code @param}. The record's source is
 * the one place a field is explained; the published schemas take the words from here rather than
 * from a second copy in the AsyncAPI document.
 */
final class Javadoc {

  private static final Pattern COMMENT_BEFORE_TYPE =
      Pattern.compile(
          "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+\\s+)*(?:public\\s+)?(?:sealed\\s+)?"
              + "(?:record|enum|interface|final class|class)\\s+(\\w+)",
          Pattern.DOTALL);
  private static final Pattern COMMENT_BEFORE_ACCESSOR =
      Pattern.compile(
          "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+\\s+)*(?:default\\s+)?[\\w<>.]+\\s+(\\w+)\\(\\)",
          Pattern.DOTALL);
  private static final Pattern PARAM =
      Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\s@\\w|$)", Pattern.DOTALL);

  private final Path sources;
  private final Map<String, Entry> byType = new LinkedHashMap<>();
  private final Map<String, String> accessors = new LinkedHashMap<>();
  private final Set<String> filesRead = new HashSet<>();

  record Entry(String summary, Map<String, String> params) {}

  Javadoc(Path sources) {
    this.sources = sources;
  }

  /** The summary of a type, e.g. {@code ApplicationSnapshot.Specimen}, if it has a comment. */
  Optional<String> summary(Class<?> type) {
    return entry(type).map(Entry::summary).filter(text -> !text.isBlank());
  }

  /**
   * The text of one record component: the record's {@code @param}, or else the comment of the
   * accessor an interface of the record declares (the envelope: {@code eventId}, {@code
   * applicationId} of every event).
   */
  Optional<String> param(Class<?> record, String component) {
    Optional<String> own = entry(record).map(entry -> entry.params().get(component));
    if (own.isPresent()) {
      return own;
    }
    for (Class<?> contract : record.getInterfaces()) {
      Optional<String> declared = accessor(contract, component);
      if (declared.isPresent()) {
        return declared;
      }
    }
    return Optional.empty();
  }

  private Optional<String> accessor(Class<?> contract, String name) {
    if (filesRead.add(contract.getName())) {
      read(contract);
    }
    Optional<String> here = Optional.ofNullable(accessors.get(contract.getName() + "#" + name));
    if (here.isPresent()) {
      return here;
    }
    for (Class<?> parent : contract.getInterfaces()) {
      Optional<String> inherited = accessor(parent, name);
      if (inherited.isPresent()) {
        return inherited;
      }
    }
    return Optional.empty();
  }

  private Optional<Entry> entry(Class<?> type) {
    Class<?> outermost = type;
    while (outermost.getEnclosingClass() != null) {
      outermost = outermost.getEnclosingClass();
    }
    if (filesRead.add(outermost.getName())) {
      read(outermost);
    }
    return Optional.ofNullable(byType.get(outermost.getName() + "#" + type.getSimpleName()));
  }

  private void read(Class<?> outermost) {
    Path file = sources.resolve(outermost.getName().replace('.', '/') + ".java");
    if (!Files.exists(file)) {
      return;
    }
    String source;
    try {
      source = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher comment = COMMENT_BEFORE_TYPE.matcher(source);
    while (comment.find()) {
      String text = plain(comment.group(1));
      int tags = text.indexOf(" @");
      String summary = tags < 0 ? text : text.substring(0, tags);
      Map<String, String> params = new LinkedHashMap<>();
      Matcher param = PARAM.matcher(tags < 0 ? "" : text.substring(tags));
      while (param.find()) {
        params.put(param.group(1), param.group(2).strip());
      }
      byType.put(outermost.getName() + "#" + comment.group(2), new Entry(summary.strip(), params));
    }
    Matcher accessor = COMMENT_BEFORE_ACCESSOR.matcher(source);
    while (accessor.find()) {
      accessors.put(outermost.getName() + "#" + accessor.group(2), plain(accessor.group(1)));
    }
  }

  /** The comment as one line of text: no leading stars, no HTML, {@code {@code x}} as x. */
  private static String plain(String comment) {
    return comment
        .replaceAll("(?m)^\\s*\\*\\s?", " ")
        .replaceAll("\\{@(?:code|link|linkplain)\\s+([^}]*)}", "$1")
        .replaceAll("(\\w)#(\\w+)\\(\\)", "$1.$2")
        .replaceAll("</?(?:p|em|strong|i|b|ul|li)>", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}

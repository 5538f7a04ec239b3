package kz.cites.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The version of an entity as an HTTP entity-tag, and the {@code If-Match} condition on it (RFC
 * 9110, sections 8.8.3 and 13.1.1). The tag is strong, {@code "<version>"}: {@code If-Match}
 * compares strongly, so a weak tag could never match. It names the stored version, whatever the
 * language of the representation.
 */
public final class EntityTags {

  public static final String IF_MATCH = "If-Match";

  private static final Pattern ONE_TAG = Pattern.compile("\\s*(W/)?(\"[\\x21\\x23-\\x7E]*\")\\s*");

  private EntityTags() {}

  /** The strong entity-tag of {@code version}. */
  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The condition an {@code If-Match} header sets on the current tag: {@code null} for no header
   * (no condition), any tag for {@code *}, else one of the listed strong tags (a weak one matches
   * nothing).
   *
   * @throws IllegalArgumentException when the header is no list of entity-tags
   */
  public static @Nullable Predicate<String> ifMatch(@Nullable String header) {
    if (header == null) {
      return null;
    }
    if (header.strip().equals("*")) {
      return current -> true;
    }
    List<String> strong = new ArrayList<>();
    for (String part : header.split(",", -1)) {
      Matcher tag = ONE_TAG.matcher(part);
      if (!tag.matches()) {
        throw new IllegalArgumentException("not an entity-tag: " + part);
      }
      if (tag.group(1) == null) {
        strong.add(tag.group(2));
      }
    }
    return strong::contains;
  }
}

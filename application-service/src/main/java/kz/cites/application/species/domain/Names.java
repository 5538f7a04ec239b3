package kz.cites.application.species.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name matching that ignores case, accents (é, ё) and extra spaces. */
public final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {}

  public static String normalise(String name) {
    if (name == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    return SPACES
        .matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .trim();
  }

  /** Levenshtein distance, for suggestions. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

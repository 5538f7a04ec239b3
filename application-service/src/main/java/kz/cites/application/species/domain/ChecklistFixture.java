package kz.cites.application.species.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The curated fixture shipped with the service ({@code species/checklist-fixture.psv}): one listing
 * a line, '|' separated, '#' comments. The file header documents the columns.
 */
public final class ChecklistFixture {

  private ChecklistFixture() {}

  public static List<Listing> parse(BufferedReader reader) {
    List<Listing> listings = new ArrayList<>();
    try {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|", -1);
        if (f.length != 9) {
          throw new IllegalArgumentException("fixture line " + number + ": expected 9 columns");
        }
        listings.add(
            new Listing(
                f[0].trim(),
                Appendix.of(f[1]),
                new LinkedHashSet<>(split(f[2])),
                blankToNull(f[3]),
                blankToNull(f[4]),
                new Listing.CommonNames(blankToNull(f[5]), blankToNull(f[6]), blankToNull(f[7])),
                split(f[8])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return listings;
  }

  private static List<String> split(String column) {
    return Arrays.stream(column.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

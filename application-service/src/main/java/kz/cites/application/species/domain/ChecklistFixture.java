package kz.cites.application.species.domain;

import java.io.BufferedReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The curated fixture shipped with the service ({@code species/checklist-fixture.psv}): one listing
 * a line, '|' separated, '#' comments. The file header documents the columns and holds, as comment
 * lines, the edition ({@code # version: ...}, {@code # date: yyyy-mm-dd}) and the sources the lines
 * cite by key ({@code # source KEY: text}). A line's source column names one or more keys (';');
 * the listing carries their text, so that the facts and where they come from stay in the data.
 */
public final class ChecklistFixture {

  private static final int COLUMNS = 11;
  private static final Pattern EDITION = Pattern.compile("#\\s*(version|date):\\s*(.+)");
  private static final Pattern SOURCE = Pattern.compile("#\\s*source\\s+([A-Za-z0-9-]+):\\s*(.+)");

  private ChecklistFixture() {}

  /**
   * @throws IllegalArgumentException naming the line of the first malformed line, or when the
   *     header lacks the version or the date
   */
  public static Checklist parse(BufferedReader reader) {
    List<String> lines = readAll(reader);
    Map<String, String> edition = new HashMap<>();
    Map<String, String> sources = new HashMap<>();
    for (String line : lines) {
      Matcher e = EDITION.matcher(line.strip());
      Matcher s = SOURCE.matcher(line.strip());
      if (e.matches()) {
        edition.put(e.group(1), e.group(2).strip());
      } else if (s.matches()) {
        sources.put(s.group(1), s.group(2).strip());
      }
    }
    if (!edition.containsKey("version") || !edition.containsKey("date")) {
      throw new IllegalArgumentException("fixture header: '# version:' and '# date:' are required");
    }
    ChecklistEdition header =
        new ChecklistEdition(
            edition.get("version"),
            date(edition.get("date"), "fixture header"),
            ChecklistEdition.Origin.FIXTURE);
    List<Listing> listings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = "fixture line " + (i + 1);
      String[] f = line.split("\\|", -1);
      if (f.length != COLUMNS) {
        throw new IllegalArgumentException(where + ": expected " + COLUMNS + " columns");
      }
      listings.add(
          new Listing(
              f[0].trim(),
              Appendix.of(f[1]),
              new LinkedHashSet<>(split(f[2])),
              blankToNull(f[3]),
              blankToNull(f[4]),
              new Listing.CommonNames(blankToNull(f[5]), blankToNull(f[6]), blankToNull(f[7])),
              split(f[8]),
              source(f[9], sources, where),
              f[10].isBlank() ? null : date(f[10].trim(), where)));
    }
    return new Checklist(header, listings);
  }

  private static String source(String column, Map<String, String> sources, String where) {
    List<String> keys = split(column);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(where + ": every listing needs its source");
    }
    return keys.stream()
        .map(
            key -> {
              String text = sources.get(key);
              if (text == null) {
                throw new IllegalArgumentException(where + ": source '" + key + "' not defined");
              }
              return text;
            })
        .collect(Collectors.joining(" "));
  }

  private static LocalDate date(String text, String where) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": '" + text + "' is not a date (yyyy-mm-dd)");
    }
  }

  private static List<String> readAll(BufferedReader reader) {
    return reader.lines().toList();
  }

  private static List<String> split(String column) {
    return Arrays.stream(column.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

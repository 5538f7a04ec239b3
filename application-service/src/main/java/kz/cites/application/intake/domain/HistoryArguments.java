package kz.cites.application.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The values a history note names, by name ({@code registrationNumber}, {@code dueDate}, ...):
 * stored with the entry (jsonb) so that the note is written when it is read, in the reader's
 * language. Values are text: a day as {@code yyyy-mm-dd}, an instant as ISO-8601 UTC, codes by
 * their names, several codes comma-joined.
 */
public record HistoryArguments(Map<String, String> values) {

  public HistoryArguments {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static HistoryArguments none() {
    return new HistoryArguments(Map.of());
  }

  /** These arguments and {@code name}; a null or blank value leaves the name out. */
  public HistoryArguments with(String name, Object value) {
    Map<String, String> more = new LinkedHashMap<>(values);
    String text =
        switch (value) {
          case null -> null;
          case LocalDate date -> date.toString();
          case Instant instant -> instant.toString();
          case Enum<?> code -> code.name();
          case Collection<?> codes ->
              codes.stream()
                  .map(c -> c instanceof Enum<?> e ? e.name() : String.valueOf(c))
                  .collect(Collectors.joining(","));
          default -> value.toString();
        };
    if (text == null || text.isBlank()) {
      more.remove(name);
    } else {
      more.put(name, text);
    }
    return new HistoryArguments(more);
  }

  /** The value of {@code name}, or null. */
  public String get(String name) {
    return values.get(name);
  }
}

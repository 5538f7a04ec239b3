package kz.cites.application.cabinet.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a notification's text names, by name ({@code registrationNumber}, {@code dueDate},
 * ...): stored with the notification (jsonb) so that its text is written when it is read, in the
 * reader's language, never stored as a sentence of one language. Values are text: a date as {@code
 * yyyy-mm-dd}, codes by their names.
 */
public record NotificationArguments(Map<String, String> values) {

  public NotificationArguments {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static NotificationArguments none() {
    return new NotificationArguments(Map.of());
  }

  /** These arguments and {@code name}; a null value leaves the name out. */
  public NotificationArguments with(String name, Object value) {
    Map<String, String> more = new LinkedHashMap<>(values);
    if (value == null) {
      more.remove(name);
    } else {
      more.put(name, value instanceof LocalDate date ? date.toString() : value.toString());
    }
    return new NotificationArguments(more);
  }

  /** The value of {@code name}, or null. */
  public String get(String name) {
    return values.get(name);
  }
}

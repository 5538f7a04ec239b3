package kz.cites.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.RefusalGround;
import kz.cites.web.Text;

/**
 * How a value kept for a text written later (a notification's or a history note's arguments, all
 * stored as strings) is shown in it, in the reader's language ({@link kz.cites.web.Texts} writes
 * what this returns): codes as their words in the bundles, days as dates, instants as the time in
 * Kazakhstan. The cabinet and the application's history share it.
 */
public final class StoredArguments {

  /** A value that is a day: written as the reader's language writes dates. */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** A value that is an instant: written as the time in Kazakhstan. */
  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

  private StoredArguments() {}

  /** A day as a date, an instant as the time in Kazakhstan, anything else as it is. */
  public static Object shown(String value) {
    if (value != null && DATE.matcher(value).matches()) {
      return LocalDate.parse(value);
    }
    if (value != null && INSTANT.matcher(value).matches()) {
      return LocalDateTime.ofInstant(Instant.parse(value), Kazakhstan.ZONE);
    }
    return value;
  }

  /** Comma-joined refusal grounds as their words ({@code refusal-ground.*}). */
  public static List<Text> grounds(String joined) {
    return RefusalGround.parseJoined(joined).stream()
        .map(g -> Text.of("refusal-ground." + g.name()))
        .toList();
  }

  /**
   * What fee-service found of the duty as words ({@code duty.*}); a value kept before the code was
   * names no cause.
   */
  public static Text duty(String code) {
    return Text.of("duty." + (code == null ? "NOT_PAID" : code));
  }

  /** Comma-joined registry checks as their words ({@code check.*}). */
  public static List<Text> checks(String joined) {
    return joined == null || joined.isBlank()
        ? List.of()
        : Arrays.stream(joined.split(","))
            .map(String::trim)
            .map(check -> Text.of("check." + check))
            .toList();
  }
}

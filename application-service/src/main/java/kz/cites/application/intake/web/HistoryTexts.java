package kz.cites.application.intake.web;

import kz.cites.application.StoredArguments;
import kz.cites.application.intake.domain.HistoryArguments;
import kz.cites.application.intake.domain.HistoryEntry;
import kz.cites.application.intake.domain.HistoryNote;
import kz.cites.web.Texts;

/**
 * Writes a history entry's note in the reader's language: its kind's text ({@link HistoryNote})
 * with the values it names, codes as their words (grounds, what fee-service found, the checks),
 * days as dates and instants as the time in Kazakhstan ({@link StoredArguments}).
 */
final class HistoryTexts {

  private HistoryTexts() {}

  static String note(Texts texts, HistoryEntry entry) {
    HistoryArguments values = entry.arguments();
    return HistoryNote.of(entry.event())
        .map(
            note ->
                texts.text(
                    note.textKey(values),
                    note.arguments(values).stream()
                        .map(name -> argument(name, values.get(name)))
                        .toArray()))
        // a kind this version does not know: its code, never a sentence of one language
        .orElse(entry.event());
  }

  private static Object argument(String name, String value) {
    return switch (name) {
      case "grounds" -> StoredArguments.grounds(value);
      case "duty" -> StoredArguments.duty(value);
      case "failed" -> StoredArguments.checks(value);
      default -> StoredArguments.shown(value);
    };
  }
}

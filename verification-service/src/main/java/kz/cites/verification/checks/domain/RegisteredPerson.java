package kz.cites.verification.checks.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A person as the individuals database returns them. */
public record RegisteredPerson(
    String iin,
    String lastName,
    String firstName,
    String middleName,
    LocalDate birthDate,
    boolean alive,
    LocalDate deathDate) {

  /** The identity check's verdict on this record for an applicant named {@code expectedName}. */
  public CheckOutcome judge(String expectedName, String registryMessageId, Instant checkedAt) {
    if (!alive) {
      return CheckOutcome.failed(
          RegistryFinding.PERSON_DECEASED,
          "Person with IIN "
              + iin
              + " is registered as deceased"
              + (deathDate == null ? "" : " (" + deathDate + ")"),
          registryMessageId,
          checkedAt);
    }
    if (expectedName != null && !bears(expectedName)) {
      return CheckOutcome.failed(
          RegistryFinding.NAME_MISMATCH,
          "Name on the application does not match the registry for IIN " + iin,
          registryMessageId,
          checkedAt);
    }
    return CheckOutcome.passed(
        expectedName == null ? "Person found, alive" : "Person found, alive, name matches",
        registryMessageId,
        checkedAt,
        List.of());
  }

  /**
   * Whether {@code name} is this person's name. Applications write names in any order ("Abenova
   * Aigerim", "Aigerim Abenova Serikovna") and often leave the patronymic out, so the words are
   * compared as a set, case-insensitively: last and first name must be there, the middle name may
   * be, nothing else may.
   */
  public boolean bears(String name) {
    List<String> given = new ArrayList<>(words(name));
    List<String> registered = new ArrayList<>(words(lastName));
    registered.addAll(words(firstName));
    if (!removeAll(given, registered)) {
      return false;
    }
    List<String> middle = words(middleName);
    return given.isEmpty() || (given.size() == middle.size() && removeAll(given, middle));
  }

  private static boolean removeAll(List<String> from, List<String> words) {
    for (String word : words) {
      if (!from.remove(word)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.trim().toLowerCase(Locale.ROOT).split("[\\s,]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }
}

package kz.cites.verification.checks.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person as the individuals database returns them: the name in Cyrillic, as in the identity
 * document, with the passport's Latin transliteration.
 */
public record RegisteredPerson(
    String iin,
    String lastName,
    String firstName,
    String middleName,
    String lastNameLatin,
    String firstNameLatin,
    String middleNameLatin,
    LocalDate birthDate,
    boolean alive,
    LocalDate deathDate) {

  /**
   * The identity check's verdict on this record. The name is not compared with the one typed in the
   * application: identity data come through the gateway (Annex 2, item 8), so the registry's name
   * is the applicant's name, and a spelling is never a ground of refusal (domain.md section 5).
   */
  public CheckOutcome judge(String registryMessageId, Instant checkedAt) {
    if (!alive) {
      return CheckOutcome.failed(
              RegistryFinding.PERSON_DECEASED,
              CheckOutcome.facts(iin, deathDate),
              "Person with IIN "
                  + iin
                  + " is registered as deceased"
                  + (deathDate == null ? "" : " (" + deathDate + ")"),
              registryMessageId,
              checkedAt)
          .withName(name());
    }
    return CheckOutcome.passed(
            "Person found, alive: " + name().name(), registryMessageId, checkedAt, List.of())
        .withName(name());
  }

  /** "Last First Middle", the order Kazakh documents use, in Cyrillic and in Latin. */
  public RegisteredName name() {
    return new RegisteredName(
        full(lastName, firstName, middleName),
        lastNameLatin == null ? null : full(lastNameLatin, firstNameLatin, middleNameLatin));
  }

  private static String full(String last, String first, String middle) {
    return Stream.of(last, first, middle)
        .filter(part -> part != null && !part.isBlank())
        .map(String::trim)
        .collect(Collectors.joining(" "));
  }
}

package kz.cites.simulator.persona;

/**
 * A person's name as the individuals database holds it: in Cyrillic, as in the identity document,
 * with its Latin transliteration ({@code latin}, as in the passport; absent for a name given in
 * Latin). The middle (patronymic) name may be absent.
 */
public record PersonName(String lastName, String firstName, String middleName, PersonName latin) {

  /** "Last First Middle", the order Kazakh documents use. */
  public String fullName() {
    return middleName == null || middleName.isBlank()
        ? lastName + " " + firstName
        : lastName + " " + firstName + " " + middleName;
  }
}

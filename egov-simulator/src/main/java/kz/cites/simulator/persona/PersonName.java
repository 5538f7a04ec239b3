package kz.cites.simulator.persona;

/**
 * A person's name as the individuals database holds it; the middle (patronymic) name may be absent.
 */
public record PersonName(String lastName, String firstName, String middleName) {

  /** "Last First Middle", the order Kazakh documents use. */
  public String fullName() {
    return middleName == null || middleName.isBlank()
        ? lastName + " " + firstName
        : lastName + " " + firstName + " " + middleName;
  }
}

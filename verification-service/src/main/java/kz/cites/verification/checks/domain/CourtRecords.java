package kz.cites.verification.checks.domain;

/** Court records, asked for rulings in force against the applicant. */
public interface CourtRecords {

  /**
   * PASSED when no ruling in force today bans the activity or deprives the special right; FAILED
   * with the ruling's {@link RegistryFinding} otherwise; UNAVAILABLE when the registry gave no
   * usable answer.
   *
   * @param subject who is asked about: a person's IIN or a company's BIN
   */
  CheckOutcome confirmNoRestrictions(Subject subject);

  /** The applicant as court records know them. */
  record Subject(Kind kind, String id) {
    public enum Kind {
      IIN,
      BIN
    }
  }
}

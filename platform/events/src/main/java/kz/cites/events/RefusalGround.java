package kz.cites.events;

/** The five grounds for refusal of the order (Annex 2, item 9), numbered as there. */
public enum RefusalGround {
  /** (1) the documents or data are found unreliable. */
  UNRELIABLE_DATA(1),
  /** (2) the applicant or the materials do not meet the rules. */
  NON_COMPLIANCE(2),
  /** (3) a court ruling in force bans the activity. */
  COURT_BAN(3),
  /** (4) a court ruling in force deprives the applicant of the special right. */
  COURT_DEPRIVATION(4),
  /** (5) no consent to access to restricted personal data. */
  NO_PERSONAL_DATA_CONSENT(5);

  private final int number;

  RefusalGround(int number) {
    this.number = number;
  }

  /** The ground's number in the order, quoted in refusal letters. */
  public int number() {
    return number;
  }
}

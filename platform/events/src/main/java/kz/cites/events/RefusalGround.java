package kz.cites.events;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The five grounds for refusal of the order (Annex 2, item 9), numbered and worded as there: the
 * one place their wording and legal reference are written.
 */
public enum RefusalGround {
  UNRELIABLE_DATA(1, "the documents or data are unreliable"),
  NON_COMPLIANCE(2, "the applicant or the materials do not meet the rules"),
  COURT_BAN(3, "a court ruling in force bans the activity"),
  COURT_DEPRIVATION(4, "a court ruling in force deprives the applicant of the special right"),
  NO_PERSONAL_DATA_CONSENT(5, "no consent to access to restricted personal data");

  private final int number;
  private final String wording;

  RefusalGround(int number, String wording) {
    this.number = number;
    this.wording = wording;
  }

  /** The ground's number in the order, quoted in refusal letters. */
  public int number() {
    return number;
  }

  /** What the ground says, as a refusal quotes it. */
  public String wording() {
    return wording;
  }

  /**
   * The rules of the state service the grounds belong to: the order that approved them and the
   * order that rewrote them (the seed, order No. 282, names both).
   */
  public static final String RULES =
      "Rules for issuing permits of the administrative authority for import into, export from and"
          + " re-export of animal species covered by CITES, approved by order No. 18-03/143 of the"
          + " acting Minister of Agriculture of the Republic of Kazakhstan of 27 February 2015"
          + " (state registration No. 11935), as amended by order No. 282 of the acting Minister of"
          + " Ecology and Natural Resources of 22 October 2025 (state registration No. 37212)";

  /** Where the law states the ground: the rules, Annex 2 (main requirements), item 9. */
  public String legalReference() {
    return RULES + ", Annex 2 (main requirements of the state service), item 9, subitem " + number;
  }

  /** The grounds as one column value, {@code COURT_BAN,UNRELIABLE_DATA}. */
  public static String joined(Collection<RefusalGround> grounds) {
    return grounds.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  /** The grounds of a column value written by {@link #joined}; empty for null or blank. */
  public static List<RefusalGround> parseJoined(String joined) {
    return joined == null || joined.isBlank()
        ? List.of()
        : Arrays.stream(joined.split(",")).map(RefusalGround::valueOf).toList();
  }
}

package kz.cites.events;

/** Where a specimen comes from, as the CITES source code and ISO country of origin say. */
public final class SpecimenOrigin {

  /** Kazakhstan's ISO 3166 code, as the applications and permits carry it. */
  public static final String KAZAKHSTAN = "KZ";

  /** CITES source code W: taken from the wild. */
  public static final String WILD = "W";

  private SpecimenOrigin() {}

  /**
   * A specimen taken from the wild in Kazakhstan: it needs a hunting permit (the intake asks for
   * its number, the date of taking and the number of animals; verification checks them in the
   * hunting registry). Codes are compared exactly: intake accepts only the upper-case codes of the
   * CITES lists.
   */
  public static boolean wildFromKazakhstan(String sourceCode, String countryOfOrigin) {
    return WILD.equals(sourceCode) && KAZAKHSTAN.equals(countryOfOrigin);
  }
}

package kz.cites.permit.permits.domain;

/**
 * The permit's control number (CITES Art. VI: unique per issuing authority, at most 35 characters):
 * two-digit year of issue, the ISO country code and a six-digit serial of that year, e.g. {@code
 * 26KZ000123}.
 */
public final class PermitNumber {

  static final int MAX_SERIAL = 999_999;

  private PermitNumber() {}

  public static String of(int year, int serial) {
    if (serial < 1 || serial > MAX_SERIAL) {
      throw new IllegalArgumentException("Serial " + serial + " of " + year + " out of range");
    }
    return String.format("%02dKZ%06d", year % 100, serial);
  }
}

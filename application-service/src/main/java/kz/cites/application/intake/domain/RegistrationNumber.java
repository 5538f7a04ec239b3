package kz.cites.application.intake.domain;

/**
 * The number an application is registered under: {@code CITES-}, the registration year and a
 * six-digit serial of that year, e.g. {@code CITES-2026-000042}. The serial comes from {@link
 * RegistrationNumbers}; this is the one place of the format.
 */
public final class RegistrationNumber {

  private RegistrationNumber() {}

  public static String of(int year, long serial) {
    if (serial < 1) {
      throw new IllegalArgumentException("Serial " + serial + " of " + year + " out of range");
    }
    return "CITES-%d-%06d".formatted(year, serial);
  }
}

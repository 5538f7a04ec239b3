package kz.cites.application.intake.domain;

/** Hands out registration numbers, one gap-free-in-practice sequence per registration year. */
public interface RegistrationNumbers {

  /** The next serial of {@code year} (1, 2, ...), taken in the caller's transaction. */
  long nextSerial(int year);

  /** The next number of {@code year}, e.g. {@code CITES-2026-000001}. */
  default String next(int year) {
    return RegistrationNumber.of(year, nextSerial(year));
  }
}

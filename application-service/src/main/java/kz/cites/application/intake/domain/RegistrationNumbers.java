package kz.cites.application.intake.domain;

/** Hands out registration numbers, one gap-free-in-practice sequence per registration year. */
public interface RegistrationNumbers {

  /**
   * The next number of {@code year}, e.g. {@code CITES-2026-000001}; taken in the caller's
   * transaction.
   */
  String next(int year);
}

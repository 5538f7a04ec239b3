package kz.cites.verification.checks.domain;

/**
 * Where one check stands. PASSED and FAILED are definite; PENDING (not yet asked) and UNAVAILABLE
 * (the registry could not answer) are retried, because an outage only ever delays an application.
 */
public enum CheckStatus {
  PENDING,
  PASSED,
  FAILED,
  UNAVAILABLE;

  public boolean definite() {
    return this == PASSED || this == FAILED;
  }
}

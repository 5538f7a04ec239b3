package kz.cites.verification.checks.domain;

/**
 * Where one check stands. PASSED, FAILED and RECORDED are definite; PENDING (not yet asked) and
 * UNAVAILABLE (the registry could not answer) are retried, because an outage only ever delays an
 * application. RECORDED is a look-up kept as evidence without a verdict: the duty payment, which
 * fee-service alone judges.
 */
public enum CheckStatus {
  PENDING,
  PASSED,
  FAILED,
  RECORDED,
  UNAVAILABLE;

  public boolean definite() {
    return this == PASSED || this == FAILED || this == RECORDED;
  }
}

package kz.cites.verification.checks.domain;

import kz.cites.events.VerificationCompleted;

/** Where a completed verification is announced; called inside the transaction that completes it. */
public interface VerificationEvents {

  void completed(VerificationCompleted event);
}

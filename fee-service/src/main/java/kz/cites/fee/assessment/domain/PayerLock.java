package kz.cites.fee.assessment.domain;

/**
 * Serialises, per payer, the work that matches payments without reference to the payer's
 * applications: recording such a payment, an officer's assignment, and the assessment of one of the
 * payer's applications (which may now be a payment's only candidate). Taken before any case row
 * lock, so that the two kinds of lock are always taken in the same order. Held until the end of the
 * transaction.
 */
public interface PayerLock {

  void lock(String payerId);
}

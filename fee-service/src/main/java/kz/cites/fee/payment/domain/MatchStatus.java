package kz.cites.fee.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/** How a notified receipt found (or did not find) the application it pays for. */
public enum MatchStatus {
  /** The reference is an application id: the receipt is that application's (submitted or not). */
  REFERENCE,
  /** The reference names no application (not an application id); an officer may assign it. */
  UNKNOWN_REFERENCE,
  /**
   * No reference (cash, bank transfer); its payer, amount and date fit exactly one application,
   * which it was applied to.
   */
  MATCHED,
  /** No reference; several applications fit: waits for an officer to choose. */
  AMBIGUOUS,
  /**
   * No reference and no application fits (yet): matched when one of the payer's applications is
   * assessed and fits, or assigned by an officer.
   */
  UNMATCHED,
  /** An officer assigned it to an application. */
  ASSIGNED;

  /** The statuses of receipts that pay for no application yet and an officer may assign. */
  public static final Set<MatchStatus> AWAITING_OFFICER =
      Set.copyOf(EnumSet.of(UNKNOWN_REFERENCE, AMBIGUOUS, UNMATCHED));

  public boolean awaitsOfficer() {
    return AWAITING_OFFICER.contains(this);
  }
}

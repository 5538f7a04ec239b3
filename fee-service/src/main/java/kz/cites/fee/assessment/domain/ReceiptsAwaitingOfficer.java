package kz.cites.fee.assessment.domain;

import java.util.UUID;

/**
 * Payments without reference that an officer must attribute because several applications could be
 * theirs. While one of them could be this application's, its duty is not rejected: the officer's
 * choice comes first, so a duty paid in cash never becomes "unpaid" because the payer had two
 * applications open.
 */
public interface ReceiptsAwaitingOfficer {

  /** A payment waiting for an officer's choice lists {@code applicationId} among its candidates. */
  boolean mayBelongTo(UUID applicationId);
}

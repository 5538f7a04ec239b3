package kz.cites.verification.checks.domain;

/** The state database of legal entities, asked whether the company may apply and who signs. */
public interface LegalEntitiesRegistry {

  /**
   * PASSED when the company {@code bin} is registered and active and {@code signerIin} is its head
   * or holds its power of attorney; FAILED (unknown company or unauthorised signer: {@code
   * UNRELIABLE_DATA}; liquidated, in liquidation or bankrupt: {@code NON_COMPLIANCE}); UNAVAILABLE
   * when the registry gave no usable answer.
   */
  CheckOutcome confirmEntity(String bin, String signerIin);
}

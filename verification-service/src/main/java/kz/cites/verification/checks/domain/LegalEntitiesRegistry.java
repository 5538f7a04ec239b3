package kz.cites.verification.checks.domain;

/** The state database of legal entities, asked whether the company may apply and who signs. */
public interface LegalEntitiesRegistry {

  /**
   * PASSED when the company {@code bin} is registered and active and {@code signerIin} is its head
   * or holds its power of attorney; FAILED for an unknown or inactive company or an unauthorised
   * signer (the {@link RegistryFinding} decides the ground); UNAVAILABLE when the registry gave no
   * usable answer.
   */
  CheckOutcome confirmEntity(String bin, String signerIin);
}

package kz.cites.verification.checks.domain;

/** The individual-entrepreneur registry, asked whether an applicant trading as one is one. */
public interface EntrepreneursRegistry {

  /**
   * PASSED when {@code iin} is registered as an individual entrepreneur and active; FAILED when not
   * registered or not active (the {@link RegistryFinding} decides the ground); UNAVAILABLE when the
   * registry gave no usable answer.
   */
  CheckOutcome confirmEntrepreneur(String iin);
}

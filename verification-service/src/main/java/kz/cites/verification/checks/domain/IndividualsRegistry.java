package kz.cites.verification.checks.domain;

/** The state database of individuals, asked whether the applicant is who the application says. */
public interface IndividualsRegistry {

  /**
   * PASSED when a person with {@code iin} exists and is alive, FAILED otherwise (unknown or
   * deceased: the {@link RegistryFinding} decides the ground), each with the person's name as the
   * database holds it; UNAVAILABLE when the registry gave no usable answer. The name an application
   * gives is never compared: the registry's is the applicant's name.
   */
  CheckOutcome confirmIdentity(String iin);
}

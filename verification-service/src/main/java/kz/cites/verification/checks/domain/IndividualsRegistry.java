package kz.cites.verification.checks.domain;

/** The state database of individuals, asked whether the applicant is who the application says. */
public interface IndividualsRegistry {

  /**
   * PASSED when a person with {@code iin} exists, is alive and (when {@code expectedName} is given)
   * bears that name; FAILED otherwise (unknown, deceased or another name: the {@link
   * RegistryFinding} decides the ground); UNAVAILABLE when the registry gave no usable answer.
   */
  CheckOutcome confirmIdentity(String iin, String expectedName);
}

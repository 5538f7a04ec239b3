package kz.cites.verification.checks.domain;

import java.util.List;

/** The hunting-permit registry, asked about the permits of specimens taken from the wild in KZ. */
public interface HuntingPermitRegistry {

  /**
   * PASSED when every permit named exists, belongs to {@code holderIin} and covers its specimens:
   * their species, the day each was taken and the animals of all its lines together ({@link
   * RegisteredHuntingPermit#judge}); the day of export plays no part. FAILED otherwise (the {@link
   * RegistryFinding} decides the ground); UNAVAILABLE when the registry gave no usable answer.
   */
  CheckOutcome confirmPermits(String holderIin, List<HuntedSpecimen> specimens);
}

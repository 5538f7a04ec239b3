package kz.cites.verification.checks.domain;

import java.time.LocalDate;
import java.util.List;

/** The hunting-permit registry, asked about the permits of specimens taken from the wild in KZ. */
public interface HuntingPermitRegistry {

  /**
   * PASSED when every permit named exists, belongs to {@code holderIin}, covers its specimens'
   * species and total quantity and is valid today and on {@code plannedDate}; FAILED otherwise (the
   * {@link RegistryFinding} decides the ground); UNAVAILABLE when the registry gave no usable
   * answer.
   */
  CheckOutcome confirmPermits(
      String holderIin, List<HuntedSpecimen> specimens, LocalDate plannedDate);
}

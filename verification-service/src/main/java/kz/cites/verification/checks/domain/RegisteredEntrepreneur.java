package kz.cites.verification.checks.domain;

import java.time.Instant;
import java.util.List;
import kz.cites.events.RefusalGround;

/** A person as the individual-entrepreneur registry returns them. */
public record RegisteredEntrepreneur(String iin, boolean registered, boolean active, String name) {

  public CheckOutcome judge(String registryMessageId, Instant checkedAt) {
    if (!registered) {
      return CheckOutcome.failed(
          RefusalGround.UNRELIABLE_DATA,
          "IIN " + iin + " is not registered as an individual entrepreneur",
          registryMessageId,
          checkedAt);
    }
    if (!active) {
      return CheckOutcome.failed(
          RefusalGround.NON_COMPLIANCE,
          "Individual entrepreneur " + name + " (IIN " + iin + ") is not active",
          registryMessageId,
          checkedAt);
    }
    return CheckOutcome.passed(
        "Individual entrepreneur " + name + " registered and active",
        registryMessageId,
        checkedAt,
        List.of());
  }
}

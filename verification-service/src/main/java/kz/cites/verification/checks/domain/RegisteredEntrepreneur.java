package kz.cites.verification.checks.domain;

import java.time.Instant;
import java.util.List;

/** A person as the individual-entrepreneur registry returns them. */
public record RegisteredEntrepreneur(String iin, boolean registered, boolean active, String name) {

  public CheckOutcome judge(String registryMessageId, Instant checkedAt) {
    if (!registered) {
      return CheckOutcome.failed(
          RegistryFinding.NOT_AN_ENTREPRENEUR,
          "IIN " + iin + " is not registered as an individual entrepreneur",
          registryMessageId,
          checkedAt);
    }
    if (!active) {
      return CheckOutcome.failed(
          RegistryFinding.ENTREPRENEUR_NOT_ACTIVE,
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

package kz.cites.verification.checks.domain;

import java.time.Instant;
import java.util.List;

/** A person as the individual-entrepreneur registry returns them. */
public record RegisteredEntrepreneur(
    String iin, boolean registered, boolean active, String name, String nameLatin) {

  public CheckOutcome judge(String registryMessageId, Instant checkedAt) {
    if (!registered) {
      return CheckOutcome.failed(
              RegistryFinding.NOT_AN_ENTREPRENEUR,
              CheckOutcome.facts(iin),
              "IIN " + iin + " is not registered as an individual entrepreneur",
              registryMessageId,
              checkedAt)
          .withName(registeredName());
    }
    if (!active) {
      return CheckOutcome.failed(
              RegistryFinding.ENTREPRENEUR_NOT_ACTIVE,
              CheckOutcome.facts(name, iin),
              "Individual entrepreneur " + name + " (IIN " + iin + ") is not active",
              registryMessageId,
              checkedAt)
          .withName(registeredName());
    }
    return CheckOutcome.passed(
            "Individual entrepreneur " + name + " registered and active",
            registryMessageId,
            checkedAt,
            List.of())
        .withName(registeredName());
  }

  /** The entrepreneur's name as the registry holds it (null when not registered), and in Latin. */
  public RegisteredName registeredName() {
    return name == null ? null : new RegisteredName(name, nameLatin);
  }
}

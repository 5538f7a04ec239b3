package kz.cites.verification.checks.domain;

import java.time.Instant;
import java.util.List;

/** A company as the legal-entities database returns it. */
public record RegisteredEntity(
    String bin,
    String name,
    String nameLatin,
    String status,
    String headIin,
    List<String> attorneyIins) {

  public RegisteredEntity {
    attorneyIins = attorneyIins == null ? List.of() : List.copyOf(attorneyIins);
  }

  /**
   * The legal-entity check's verdict on this record for an application signed by {@code signer}.
   */
  public CheckOutcome judge(String signerIin, String registryMessageId, Instant checkedAt) {
    // Anything but ACTIVE (LIQUIDATED, IN_LIQUIDATION, BANKRUPT, or a status we do not know) means
    // the company cannot trade; the registry, not us, is the authority on its status.
    if (!"ACTIVE".equals(status)) {
      return CheckOutcome.failed(
              RegistryFinding.COMPANY_NOT_ACTIVE,
              CheckOutcome.facts(name, bin, status),
              name + " (BIN " + bin + ") is not active: " + status,
              registryMessageId,
              checkedAt)
          .withName(registeredName());
    }
    if (signerIin == null || !(signerIin.equals(headIin) || attorneyIins.contains(signerIin))) {
      return CheckOutcome.failed(
              RegistryFinding.SIGNER_NOT_AUTHORISED,
              CheckOutcome.facts(signerIin, name),
              "Signer "
                  + signerIin
                  + " is neither the head of "
                  + name
                  + " nor holds its power of attorney",
              registryMessageId,
              checkedAt)
          .withName(registeredName());
    }
    return CheckOutcome.passed(
            name + " active; signer is its " + (signerIin.equals(headIin) ? "head" : "attorney"),
            registryMessageId,
            checkedAt,
            List.of())
        .withName(registeredName());
  }

  /** The company's name as the register holds it, and in Latin. */
  public RegisteredName registeredName() {
    return new RegisteredName(name, nameLatin);
  }
}

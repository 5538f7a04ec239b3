package kz.cites.application.intake.domain;

import kz.cites.access.Party;

/**
 * Who asks, as far as the intake rules care: the person's IIN, the company's BIN when acting for
 * one, and whether they are authority staff (officer or operator) who see every application.
 */
public record Caller(String iin, String bin, boolean staff) {

  /** Whom the caller acts for: the company on the token, else the person alone. */
  public Party party() {
    return new Party(iin, bin);
  }
}

package kz.cites.simulator.persona;

import java.util.List;

/** A record of the legal-entities database. */
public record LegalEntity(
    String bin,
    String name,
    String nameLatin,
    Status status,
    String headIin,
    List<String> attorneyIins) {

  public LegalEntity {
    attorneyIins = attorneyIins == null ? List.of() : List.copyOf(attorneyIins);
  }

  public enum Status {
    ACTIVE,
    LIQUIDATED,
    BANKRUPT,
    IN_LIQUIDATION
  }
}

package kz.cites.access;

/**
 * The roles the identity provider puts in a token's {@code roles} claim (architecture section 7).
 */
public enum Role {
  /** A person applying for themselves or for the company in the token's {@code bin}. */
  APPLICANT,
  /** The authority's officer who reviews and decides. */
  OFFICER,
  /**
   * Operations staff: read-only, plus the species checklist import and sending a webhook delivery
   * again.
   */
  OPERATOR,
  /** A customs officer checking permits at the border. */
  CUSTOMS,
  /** Enters the MCI of a year (the duty's base). */
  TARIFF_ADMIN,
  /** Marks the days a government decree moves in the working calendar. */
  CALENDAR_ADMIN,
  /** Sets the export quotas of a year (permit-service; every change audited). */
  QUOTA_ADMIN,
  /**
   * A partner country's CITES authority (ADR 0018): its token's {@code country} claim names the
   * country; it fetches the e-permits whose importer is there and confirms their import.
   */
  PARTNER_AUTHORITY
}

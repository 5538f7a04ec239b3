package kz.cites.verification.checks.domain;

import static kz.cites.events.RefusalGround.COURT_BAN;
import static kz.cites.events.RefusalGround.COURT_DEPRIVATION;
import static kz.cites.events.RefusalGround.NON_COMPLIANCE;
import static kz.cites.events.RefusalGround.UNRELIABLE_DATA;

import kz.cites.events.RefusalGround;

/**
 * Every answer of a registry that fails a check, and the ground of refusal (order No. 282, Annex 2,
 * item 9) it supports: the one table from registry facts to refusal grounds. The records judge and
 * the adapters report in these terms; a registry that gives no usable answer is no finding at all
 * (the check is UNAVAILABLE, never held against the applicant). The payment gateway has no finding
 * either: its receipts are evidence, and fee-service alone judges whether the duty is paid
 * (domain.md section 5, "the duty": one judge).
 */
public enum RegistryFinding {
  // individuals database (identity)
  PERSON_UNKNOWN(UNRELIABLE_DATA),
  PERSON_DECEASED(UNRELIABLE_DATA),
  // legal-entities database
  COMPANY_UNKNOWN(UNRELIABLE_DATA),
  /** Liquidated, in liquidation, bankrupt, or any status but ACTIVE. */
  COMPANY_NOT_ACTIVE(NON_COMPLIANCE),
  /** The signer is neither the head of the company nor holds its power of attorney. */
  SIGNER_NOT_AUTHORISED(UNRELIABLE_DATA),
  // individual-entrepreneur registry
  NOT_AN_ENTREPRENEUR(UNRELIABLE_DATA),
  ENTREPRENEUR_NOT_ACTIVE(NON_COMPLIANCE),
  // hunting-permit registry
  /** A specimen taken from the wild in Kazakhstan names no hunting permit. */
  HUNTING_PERMIT_NOT_NAMED(NON_COMPLIANCE),
  /** Unknown, or held by someone else (the registry answers NOT_FOUND for both). */
  HUNTING_PERMIT_UNKNOWN(UNRELIABLE_DATA),
  HUNTING_PERMIT_OF_ANOTHER_HOLDER(UNRELIABLE_DATA),
  SPECIES_NOT_COVERED(NON_COMPLIANCE),
  /**
   * The lines naming the permit come from more animals than it allows (it counts animals, not
   * parts: the skin and the skull of one argali are one animal).
   */
  ANIMALS_NOT_COVERED(NON_COMPLIANCE),
  /**
   * A specimen was taken outside the permit's validity. When it is exported does not count: a
   * trophy taken in the season and exported after it is lawful.
   */
  TAKEN_OUTSIDE_PERMIT_VALIDITY(NON_COMPLIANCE),
  /**
   * The application (submitted before the date of taking was asked) does not say when the specimen
   * was taken, and the permit is no longer valid: nothing shows it was taken within it.
   */
  TAKING_DATE_NOT_CONFIRMED(NON_COMPLIANCE),
  // court records
  ACTIVITY_BANNED(COURT_BAN),
  SPECIAL_RIGHT_DEPRIVED(COURT_DEPRIVATION);

  private final RefusalGround ground;

  RegistryFinding(RefusalGround ground) {
    this.ground = ground;
  }

  public RefusalGround ground() {
    return ground;
  }
}

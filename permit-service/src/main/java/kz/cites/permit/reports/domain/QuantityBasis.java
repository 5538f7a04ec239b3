package kz.cites.permit.reports.domain;

/**
 * Where a report row's quantity comes from. Not a column of the CITES guidelines: our addition, so
 * that the Secretariat can tell actual trade from what was only permitted (the guidelines ask a
 * Party to say whether its figures are permits issued or actual trade).
 */
public enum QuantityBasis {
  /** What customs endorsed as shipped (box 14): actual trade. */
  ENDORSED,
  /** The permit's own quantity (box 11): nothing was endorsed, so the permitted quantity stands. */
  ISSUED
}

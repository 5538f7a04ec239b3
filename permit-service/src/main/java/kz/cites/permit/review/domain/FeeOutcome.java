package kz.cites.permit.review.domain;

/** What fee-service said about the duty. */
public enum FeeOutcome {
  CONFIRMED,
  REJECTED
}

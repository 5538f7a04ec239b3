package kz.cites.permit.review.domain;

/**
 * One way to appeal a refusal, as the refusal states it in one language (domain.md section 5,
 * "Appeal"): to whom, by when, how long the consideration takes (null when the law sets no term
 * here) and where the law says so.
 */
public record AppealRoute(String to, String deadline, String consideredWithin, String legalBasis) {}

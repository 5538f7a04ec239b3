package kz.cites.permit.permits.domain;

/**
 * The applicant's name as the individuals or legal-entities registry holds it: Cyrillic, and its
 * Latin transliteration (may be null). Identity data come through the gateway (order No. 282, Annex
 * 2, item 8), so this, not the name typed in the draft, goes on the permit and the refusal.
 */
public record RegisteredName(String name, String latin) {}

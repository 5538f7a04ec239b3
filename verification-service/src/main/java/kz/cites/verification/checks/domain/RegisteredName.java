package kz.cites.verification.checks.domain;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A name as a registry holds it: in Cyrillic, as in the identity document or the register of legal
 * entities, and its Latin transliteration (for the English line of a permit). Identity data come
 * through the gateway (order No. 282, Annex 2, item 8): this, not what an applicant typed, is the
 * name the service uses.
 */
@NullMarked
public record RegisteredName(String name, @Nullable String latin) {}

package kz.cites.permit.permits.domain;

import java.math.BigDecimal;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One line of a permit with a quantity stated of it after issue: shipped (customs, box 14) or
 * received (the importing country's authority). {@code unitCode} is null when the quantity counts
 * specimens.
 */
@NullMarked
public record ConsignmentLine(
    int line, String scientificName, BigDecimal quantity, @Nullable String unitCode) {}

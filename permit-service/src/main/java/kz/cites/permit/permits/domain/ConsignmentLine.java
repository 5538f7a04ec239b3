package kz.cites.permit.permits.domain;

import java.math.BigDecimal;

/**
 * One line of a permit with a quantity stated of it after issue: shipped (customs, box 14) or
 * received (the importing country's authority). {@code unitCode} is null when the quantity counts
 * specimens.
 */
public record ConsignmentLine(
    int line, String scientificName, BigDecimal quantity, String unitCode) {}

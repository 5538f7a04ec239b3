package kz.cites.permit.quotas.domain;

import java.math.BigDecimal;

/**
 * A quota as the administrator states it: the year (of issue), the taxon as the checklist names it,
 * the source and term codes, the unit (null: a number of specimens), the quantity and what it was
 * set from ({@code basis}, optional).
 */
public record QuotaRequest(
    int year,
    String taxon,
    String sourceCode,
    String termCode,
    String unitCode,
    BigDecimal quantity,
    String basis) {}

package kz.cites.fee.tariff.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The MCI of one year as the tariff holds it.
 *
 * @param source the law that set it
 * @param setBy IIN of who set it through the admin API; null for seed data from a migration
 * @param setAt when it was set through the admin API; null for seed data
 */
public record MciEntry(int year, BigDecimal value, String source, String setBy, Instant setAt) {}

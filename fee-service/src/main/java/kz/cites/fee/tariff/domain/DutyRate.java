package kz.cites.fee.tariff.domain;

import kz.cites.events.LocalizedText;

/**
 * How many MCI the duty is and the law that says so, as in force on a date.
 *
 * @param multiplier the duty in MCI (2 for CITES permits)
 * @param legalReference the provision of the Tax Code, quoted to the payer in Kazakh, Russian and
 *     English (the payer reads their own language)
 */
public record DutyRate(int multiplier, LocalizedText legalReference) {}

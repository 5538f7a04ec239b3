package kz.cites.fee.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessed duty that still waits for payment, as a payment without reference is matched against
 * it: read as values, not as a managed case, so that locking the case afterwards reads it afresh.
 *
 * @param graceEndsAt null while the calendar cannot say
 */
public record OpenFee(
    UUID applicationId, String payerId, LocalDate registrationDate, Instant graceEndsAt) {}

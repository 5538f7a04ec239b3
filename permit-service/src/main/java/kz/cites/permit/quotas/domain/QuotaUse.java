package kz.cites.permit.quotas.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What one permit line took from a quota; {@code returnedAt} once the permit was cancelled and the
 * quantity went back.
 */
@NullMarked
public record QuotaUse(
    long quotaId,
    String permitNumber,
    UUID applicationId,
    int line,
    BigDecimal quantity,
    Instant consumedAt,
    @Nullable Instant returnedAt) {}

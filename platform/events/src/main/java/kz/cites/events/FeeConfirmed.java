package kz.cites.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The duty is paid in full by the applicant; the receipts that cover it. */
public record FeeConfirmed(
    UUID eventId,
    Instant occurredAt,
    UUID applicationId,
    BigDecimal amount,
    List<PaymentReceipt> receipts)
    implements ApplicationEvent {}

package kz.cites.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The application is not accepted for consideration: its package was still incomplete when the
 * duty's grace period ended (the duty unpaid, underpaid or paid by someone else; Law "On state
 * services": the provider does not accept an incomplete package). Not a refusal: it names none of
 * the five grounds, and nothing is issued. {@code duty} says what fee-service found, {@code reason}
 * explains it to the applicant.
 */
public record ApplicationNotAccepted(
    UUID eventId, Instant occurredAt, UUID applicationId, FeeRejected.Reason duty, String reason)
    implements ApplicationEvent {}

package kz.cites.fee.assessment.domain;

import java.util.UUID;

/**
 * In-process notice, inside the assessing transaction: the duty of an application is assessed and
 * waits for payment, so payments of its payer that found no application before may be matched now.
 * Not an event for other services (those learn of the assessment from {@code FeeAssessed}).
 */
public record FeeAwaitsPayment(UUID applicationId, String payerId) {}

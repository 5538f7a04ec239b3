package kz.cites.application.webhooks.domain;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery one dispatcher claimed for an attempt: leased to it under {@code leaseToken} until the
 * lease ends, so that no other instance sends it meanwhile.
 *
 * @param body the exact JSON sent, the same bytes at every attempt
 * @param attempts the attempts made before this one
 * @param secrets the secrets in force at the claim (the current one first)
 */
public record ClaimedDelivery(
    UUID id,
    UUID leaseToken,
    UUID subscriptionId,
    UUID applicationId,
    URI url,
    String body,
    int attempts,
    Instant queuedAt,
    List<SigningSecret> secrets) {}

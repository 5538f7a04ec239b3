package kz.cites.verification.checks.domain;

import java.util.List;

/**
 * New checks were stored and claimed by this instance; they are asked once the transaction that
 * stored them has committed.
 */
public record ChecksOpened(List<CheckRequest> checks) {}

package kz.cites.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every applicable registry check of an application has a definite outcome. */
public record VerificationCompleted(
    UUID eventId, Instant occurredAt, UUID applicationId, List<CheckResult> checks)
    implements ApplicationEvent {

  /** No check failed: each passed, or (the duty payment) was recorded as evidence. */
  public boolean allPassed() {
    return checks.stream().noneMatch(c -> c.outcome() == CheckResult.Outcome.FAILED);
  }
}

package kz.cites.verification.checks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerificationTest {

  /**
   * Not stored yet, it has no version: new for Spring Data, which inserts it without looking it up
   * and asks the verification itself, not the version field through a bean wrapper.
   */
  @Test
  void aVerificationNotStoredYetIsNew() {
    Verification withdrawn =
        Verification.withdrawnBeforeSubmission(
            UUID.randomUUID(), Instant.parse("2026-03-20T05:00:00Z"));

    assertThat(withdrawn.isNew()).isTrue();
    assertThat(withdrawn.getId()).isEqualTo(withdrawn.applicationId());
  }
}

package kz.cites.verification.checks.domain;

import java.util.List;
import java.util.UUID;
import kz.cites.events.CheckResult;

/** What a registry is asked for one check, read once so the call runs outside any transaction. */
public record CheckRequest(
    UUID checkId,
    UUID applicationId,
    CheckResult.Check kind,
    String subjectId,
    String reference,
    String signerIin,
    List<HuntedSpecimen> specimens) {

  public CheckRequest {
    specimens = specimens == null ? List.of() : List.copyOf(specimens);
  }

  public static CheckRequest of(UUID applicationId, VerificationCheck check) {
    return new CheckRequest(
        check.id(),
        applicationId,
        check.kind(),
        check.subjectId(),
        check.reference(),
        check.signerIin(),
        check.specimens());
  }
}

package kz.cites.verification.checks.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.cites.events.RefusalGround;

/**
 * A ruling as court records return it; {@code until} null means without end. Court records list
 * every ruling against a subject, in force or not: judging the dates is ours.
 */
public record CourtRuling(
    String caseNumber, String kind, LocalDate inForceFrom, LocalDate until, String text) {

  /** What this ruling means for the application, if anything, whatever its dates. */
  public Optional<RegistryFinding> finding() {
    return switch (kind == null ? "" : kind) {
      case "ACTIVITY_BAN" -> Optional.of(RegistryFinding.ACTIVITY_BANNED);
      case "SPECIAL_RIGHT_DEPRIVATION" -> Optional.of(RegistryFinding.SPECIAL_RIGHT_DEPRIVED);
      default -> Optional.empty();
    };
  }

  /** The refusal ground this ruling supports, if any, whatever its dates. */
  public Optional<RefusalGround> ground() {
    return finding().map(RegistryFinding::ground);
  }

  public boolean inForceOn(LocalDate date) {
    return inForceFrom != null
        && !date.isBefore(inForceFrom)
        && (until == null || !date.isAfter(until));
  }

  /** The ruling that refuses, if any: in force on {@code date}, a ban before a deprivation. */
  public static Optional<CourtRuling> restricting(List<CourtRuling> rulings, LocalDate date) {
    return rulings.stream()
        .filter(r -> r.ground().isPresent() && r.inForceOn(date))
        .min(Comparator.comparing(r -> r.ground().orElseThrow().number()));
  }
}

package kz.cites.verification.egov.courts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.cites.calendar.Kazakhstan;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.CourtRecords;
import kz.cites.verification.checks.domain.CourtRuling;
import kz.cites.verification.egov.Registry;
import kz.cites.verification.egov.RegistryCalls;
import kz.cites.verification.egov.RegistryUnavailableException;
import kz.cites.verification.egov.ShepReply;
import org.springframework.stereotype.Component;

/** Court records through SHEP service {@code COURT_RECORDS}. */
@Component
class ShepCourtRecords implements CourtRecords {

  private final RegistryCalls shep;
  private final Clock clock;

  ShepCourtRecords(RegistryCalls shep, Clock clock) {
    this.shep = shep;
    this.clock = clock;
  }

  @Override
  public CheckOutcome confirmNoRestrictions(Subject subject) {
    String key = subject.kind() == Subject.Kind.BIN ? "bin" : "iin";
    try {
      ShepReply reply = shep.call(Registry.COURTS, Map.of(key, subject.id()));
      Instant now = clock.instant();
      // rulings take effect by the calendar of Kazakhstan
      LocalDate today = LocalDate.ofInstant(now, Kazakhstan.ZONE);
      // NOT_FOUND: the courts know nothing against the subject
      List<CourtRuling> rulings =
          reply.found() ? listed(shep.payload(reply, Rulings.class)) : List.of();
      return CourtRuling.restricting(rulings, today)
          .map(
              ruling ->
                  CheckOutcome.failed(
                      ruling.finding().orElseThrow(),
                      CheckOutcome.facts(
                          ruling.caseNumber(), ruling.inForceFrom(), ruling.until(), ruling.text()),
                      "Ruling "
                          + ruling.caseNumber()
                          + " ("
                          + ruling.kind()
                          + ", in force "
                          + ruling.inForceFrom()
                          + ".."
                          + (ruling.until() == null ? "" : ruling.until())
                          + "): "
                          + ruling.text(),
                      reply.messageId(),
                      now))
          .orElseGet(
              () ->
                  CheckOutcome.passed(
                      rulings.isEmpty()
                          ? "No rulings"
                          : "No ruling in force that bans the activity or deprives the right",
                      reply.messageId(),
                      now,
                      List.of()))
          .withAnswer(reply.answer());
    } catch (RegistryUnavailableException e) {
      return CheckOutcome.unavailable(e.getMessage(), e.requestMessageId(), clock.instant());
    }
  }

  private static List<CourtRuling> listed(Rulings answer) {
    return answer.rulings() == null ? List.of() : answer.rulings();
  }

  record Rulings(List<CourtRuling> rulings) {}
}

package kz.cites.verification.egov.huntingpermits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.cites.calendar.Kazakhstan;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.HuntedSpecimen;
import kz.cites.verification.checks.domain.HuntingPermitRegistry;
import kz.cites.verification.checks.domain.RegisteredHuntingPermit;
import kz.cites.verification.checks.domain.RegistryFinding;
import kz.cites.verification.egov.Registry;
import kz.cites.verification.egov.RegistryCalls;
import kz.cites.verification.egov.RegistryUnavailableException;
import kz.cites.verification.egov.ShepReply;
import org.springframework.stereotype.Component;

/** The hunting-permit registry through SHEP service {@code HUNTING_PERMITS}. */
@Component
class ShepHuntingPermitRegistry implements HuntingPermitRegistry {

  private final RegistryCalls shep;
  private final Clock clock;

  ShepHuntingPermitRegistry(RegistryCalls shep, Clock clock) {
    this.shep = shep;
    this.clock = clock;
  }

  @Override
  public CheckOutcome confirmPermits(String holderIin, List<HuntedSpecimen> specimens) {
    Instant now = clock.instant();
    List<String> unnamed =
        specimens.stream()
            .filter(s -> s.permitNumber() == null || s.permitNumber().isBlank())
            .map(HuntedSpecimen::scientificName)
            .toList();
    if (!unnamed.isEmpty()) {
      // nothing to ask the registry: the application lacks the document the order requires
      return CheckOutcome.failed(
          RegistryFinding.HUNTING_PERMIT_NOT_NAMED,
          List.of(unnamed),
          "No hunting permit named for wild-taken specimen(s) " + String.join(", ", unnamed),
          null,
          now);
    }
    // a permit is valid by the calendar of Kazakhstan; today counts only for a line that does not
    // say when it was taken
    LocalDate today = LocalDate.ofInstant(now, Kazakhstan.ZONE);
    Map<String, List<HuntedSpecimen>> byPermit =
        specimens.stream()
            .collect(
                Collectors.groupingBy(
                    HuntedSpecimen::permitNumber, LinkedHashMap::new, Collectors.toList()));
    List<String> answers = new ArrayList<>();
    String lastMessageId = null;
    try {
      for (var entry : byPermit.entrySet()) {
        String permitNumber = entry.getKey();
        ShepReply reply =
            shep.call(
                Registry.HUNTING_PERMITS,
                Map.of("permitNumber", permitNumber, "holderIin", holderIin));
        lastMessageId = reply.messageId();
        if (!reply.found()) {
          // the registry answers NOT_FOUND as well for a permit someone else holds
          return CheckOutcome.failed(
              RegistryFinding.HUNTING_PERMIT_UNKNOWN,
              List.of(permitNumber, holderIin),
              "No hunting permit "
                  + permitNumber
                  + " held by the applicant (IIN "
                  + holderIin
                  + ")",
              reply.messageId(),
              now);
        }
        RegisteredHuntingPermit permit = shep.payload(reply, RegisteredHuntingPermit.class);
        answers.add(reply.answer());
        Optional<RegisteredHuntingPermit.Defect> defect =
            permit.judge(holderIin, entry.getValue(), today);
        if (defect.isPresent()) {
          return CheckOutcome.failed(
                  defect.get().finding(),
                  defect.get().facts(),
                  defect.get().reason(),
                  reply.messageId(),
                  now)
              .withAnswer(reply.answer());
        }
      }
    } catch (RegistryUnavailableException e) {
      return CheckOutcome.unavailable(e.getMessage(), e.requestMessageId(), now);
    }
    return CheckOutcome.passed(
            "Hunting permit(s) "
                + String.join(", ", byPermit.keySet())
                + " held by the applicant cover the species, the animals and the date(s) of taking "
                + specimens.stream()
                    .map(
                        s ->
                            s.takenOn() == null
                                ? "not given (the permit is valid today, " + today + ")"
                                : s.takenOn().toString())
                    .distinct()
                    .collect(Collectors.joining(", ")),
            lastMessageId,
            now,
            List.of())
        .withAnswer("[" + String.join(",", answers) + "]");
  }
}

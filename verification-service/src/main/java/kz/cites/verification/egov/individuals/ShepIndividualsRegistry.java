package kz.cites.verification.egov.individuals;

import java.time.Instant;
import java.util.Map;
import kz.cites.events.RefusalGround;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.IndividualsRegistry;
import kz.cites.verification.checks.domain.RegisteredPerson;
import kz.cites.verification.egov.Registry;
import kz.cites.verification.egov.RegistryCalls;
import kz.cites.verification.egov.RegistryUnavailableException;
import kz.cites.verification.egov.ShepReply;
import org.springframework.stereotype.Component;

/** The state database of individuals (GBD FL) through SHEP service {@code GBDFL_PERSON}. */
@Component
class ShepIndividualsRegistry implements IndividualsRegistry {

  private final RegistryCalls shep;

  ShepIndividualsRegistry(RegistryCalls shep) {
    this.shep = shep;
  }

  @Override
  public CheckOutcome confirmIdentity(String iin, String expectedName) {
    try {
      ShepReply reply = shep.call(Registry.INDIVIDUALS, Map.of("iin", iin));
      if (!reply.found()) {
        return CheckOutcome.failed(
            RefusalGround.UNRELIABLE_DATA,
            "No person with IIN " + iin + " in the individuals database",
            reply.messageId(),
            Instant.now());
      }
      RegisteredPerson person = shep.payload(reply, RegisteredPerson.class);
      return person
          .judge(expectedName, reply.messageId(), Instant.now())
          .withAnswer(reply.answer());
    } catch (RegistryUnavailableException e) {
      return CheckOutcome.unavailable(e.getMessage(), e.requestMessageId(), Instant.now());
    }
  }
}

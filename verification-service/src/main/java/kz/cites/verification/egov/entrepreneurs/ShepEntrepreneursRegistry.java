package kz.cites.verification.egov.entrepreneurs;

import java.time.Instant;
import java.util.Map;
import kz.cites.events.RefusalGround;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.EntrepreneursRegistry;
import kz.cites.verification.checks.domain.RegisteredEntrepreneur;
import kz.cites.verification.egov.Registry;
import kz.cites.verification.egov.RegistryCalls;
import kz.cites.verification.egov.RegistryUnavailableException;
import kz.cites.verification.egov.ShepReply;
import org.springframework.stereotype.Component;

/** The individual-entrepreneur registry through SHEP service {@code IP_REGISTRY}. */
@Component
class ShepEntrepreneursRegistry implements EntrepreneursRegistry {

  private final RegistryCalls shep;

  ShepEntrepreneursRegistry(RegistryCalls shep) {
    this.shep = shep;
  }

  @Override
  public CheckOutcome confirmEntrepreneur(String iin) {
    try {
      ShepReply reply = shep.call(Registry.ENTREPRENEURS, Map.of("iin", iin));
      if (!reply.found()) {
        return CheckOutcome.failed(
            RefusalGround.UNRELIABLE_DATA,
            "IIN " + iin + " is not known to the individual-entrepreneur registry",
            reply.messageId(),
            Instant.now());
      }
      RegisteredEntrepreneur entrepreneur = shep.payload(reply, RegisteredEntrepreneur.class);
      return entrepreneur.judge(reply.messageId(), Instant.now()).withAnswer(reply.answer());
    } catch (RegistryUnavailableException e) {
      return CheckOutcome.unavailable(e.getMessage(), e.requestMessageId(), Instant.now());
    }
  }
}

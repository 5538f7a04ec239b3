package kz.cites.verification.egov.legalentities;

import java.time.Instant;
import java.util.Map;
import kz.cites.events.RefusalGround;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.LegalEntitiesRegistry;
import kz.cites.verification.checks.domain.RegisteredEntity;
import kz.cites.verification.egov.Registry;
import kz.cites.verification.egov.RegistryCalls;
import kz.cites.verification.egov.RegistryUnavailableException;
import kz.cites.verification.egov.ShepReply;
import org.springframework.stereotype.Component;

/** The state database of legal entities (GBD UL) through SHEP service {@code GBDUL_ENTITY}. */
@Component
class ShepLegalEntitiesRegistry implements LegalEntitiesRegistry {

  private final RegistryCalls shep;

  ShepLegalEntitiesRegistry(RegistryCalls shep) {
    this.shep = shep;
  }

  @Override
  public CheckOutcome confirmEntity(String bin, String signerIin) {
    try {
      ShepReply reply = shep.call(Registry.LEGAL_ENTITIES, Map.of("bin", bin));
      if (!reply.found()) {
        return CheckOutcome.failed(
            RefusalGround.UNRELIABLE_DATA,
            "No legal entity with BIN " + bin + " in the legal-entities database",
            reply.messageId(),
            Instant.now());
      }
      RegisteredEntity entity = shep.payload(reply, RegisteredEntity.class);
      return entity.judge(signerIin, reply.messageId(), Instant.now()).withAnswer(reply.answer());
    } catch (RegistryUnavailableException e) {
      return CheckOutcome.unavailable(e.getMessage(), e.requestMessageId(), Instant.now());
    }
  }
}

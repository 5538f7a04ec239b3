package kz.cites.verification.egov.legalentities;

import java.util.List;
import java.util.Map;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.LegalEntitiesRegistry;
import kz.cites.verification.checks.domain.RegisteredEntity;
import kz.cites.verification.checks.domain.RegistryFinding;
import kz.cites.verification.egov.Registry;
import kz.cites.verification.egov.RegistryCalls;
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
    return shep.lookUp(
        Registry.LEGAL_ENTITIES,
        Map.of("bin", bin),
        RegisteredEntity.class,
        RegistryFinding.COMPANY_UNKNOWN,
        List.of(bin),
        "No legal entity with BIN " + bin + " in the legal-entities database",
        (entity, messageId, checkedAt) -> entity.judge(signerIin, messageId, checkedAt));
  }
}

package kz.cites.verification.egov.entrepreneurs;

import java.util.List;
import java.util.Map;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.EntrepreneursRegistry;
import kz.cites.verification.checks.domain.RegisteredEntrepreneur;
import kz.cites.verification.checks.domain.RegistryFinding;
import kz.cites.verification.egov.Registry;
import kz.cites.verification.egov.RegistryCalls;
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
    return shep.lookUp(
        Registry.ENTREPRENEURS,
        Map.of("iin", iin),
        RegisteredEntrepreneur.class,
        RegistryFinding.NOT_AN_ENTREPRENEUR,
        List.of(iin),
        "IIN " + iin + " is not known to the individual-entrepreneur registry",
        (entrepreneur, messageId, checkedAt) -> entrepreneur.judge(messageId, checkedAt));
  }
}

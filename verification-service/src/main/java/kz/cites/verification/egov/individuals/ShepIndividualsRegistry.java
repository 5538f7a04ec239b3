package kz.cites.verification.egov.individuals;

import java.util.List;
import java.util.Map;
import kz.cites.verification.checks.domain.CheckOutcome;
import kz.cites.verification.checks.domain.IndividualsRegistry;
import kz.cites.verification.checks.domain.RegisteredPerson;
import kz.cites.verification.checks.domain.RegistryFinding;
import kz.cites.verification.egov.Registry;
import kz.cites.verification.egov.RegistryCalls;
import org.springframework.stereotype.Component;

/** The state database of individuals (GBD FL) through SHEP service {@code GBDFL_PERSON}. */
@Component
class ShepIndividualsRegistry implements IndividualsRegistry {

  private final RegistryCalls shep;

  ShepIndividualsRegistry(RegistryCalls shep) {
    this.shep = shep;
  }

  @Override
  public CheckOutcome confirmIdentity(String iin) {
    return shep.lookUp(
        Registry.INDIVIDUALS,
        Map.of("iin", iin),
        RegisteredPerson.class,
        RegistryFinding.PERSON_UNKNOWN,
        List.of(iin),
        "No person with IIN " + iin + " in the individuals database",
        (person, messageId, checkedAt) -> person.judge(messageId, checkedAt));
  }
}

package kz.cites.simulator.shep;

import java.util.Arrays;
import java.util.Optional;
import kz.cites.simulator.fault.Registry;

/** The serviceIds this SHEP knows and the registry that answers each (for the fault switches). */
enum ShepService {
  GBDFL_PERSON(Registry.INDIVIDUALS),
  GBDUL_ENTITY(Registry.LEGAL_ENTITIES),
  IP_REGISTRY(Registry.ENTREPRENEURS),
  PAYMENT_RECEIPTS(Registry.PAYMENTS),
  HUNTING_PERMITS(Registry.HUNTING_PERMITS),
  COURT_RECORDS(Registry.COURTS);

  private final Registry registry;

  ShepService(Registry registry) {
    this.registry = registry;
  }

  Registry registry() {
    return registry;
  }

  static Optional<ShepService> byId(String serviceId) {
    return Arrays.stream(values()).filter(service -> service.name().equals(serviceId)).findFirst();
  }
}

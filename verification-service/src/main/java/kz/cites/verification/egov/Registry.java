package kz.cites.verification.egov;

/**
 * The registries behind the gateway, each with its SHEP service id and the name its Resilience4j
 * instances and metrics carry (the simulator's fault-switch names).
 */
public enum Registry {
  INDIVIDUALS("individuals", "GBDFL_PERSON"),
  LEGAL_ENTITIES("legal-entities", "GBDUL_ENTITY"),
  ENTREPRENEURS("entrepreneurs", "IP_REGISTRY"),
  PAYMENTS("payments", "PAYMENT_RECEIPTS"),
  HUNTING_PERMITS("hunting-permits", "HUNTING_PERMITS"),
  COURTS("courts", "COURT_RECORDS");

  private final String instanceName;
  private final String serviceId;

  Registry(String instanceName, String serviceId) {
    this.instanceName = instanceName;
    this.serviceId = serviceId;
  }

  /** Name of the circuit breaker, retry, bulkhead and time limiter of this registry. */
  public String instanceName() {
    return instanceName;
  }

  public String serviceId() {
    return serviceId;
  }
}

package kz.cites.simulator.shep;

/** A registry's business answer before it is put in an envelope. */
record ShepAnswer(String code, String message, Object payload) {

  static final String OK = "OK";
  static final String NOT_FOUND = "NOT_FOUND";
  static final String INVALID_REQUEST = "INVALID_REQUEST";
  static final String AUTH_FAILED = "AUTH_FAILED";
  static final String REGISTRY_UNAVAILABLE = "REGISTRY_UNAVAILABLE";
  static final String REGISTRY_ERROR = "REGISTRY_ERROR";

  static ShepAnswer ok(Object payload) {
    return new ShepAnswer(OK, "OK", payload);
  }

  static ShepAnswer notFound(String message) {
    return new ShepAnswer(NOT_FOUND, message, null);
  }

  static ShepAnswer invalid(String message) {
    return new ShepAnswer(INVALID_REQUEST, message, null);
  }
}

package kz.cites.simulator.shep;

import java.time.Instant;

/** The response envelope; {@code payload} is null unless the status is OK. */
record ShepResponse(
    String messageId, String correlationId, Instant responseDate, Status status, Object payload) {

  record Status(String code, String message) {}
}

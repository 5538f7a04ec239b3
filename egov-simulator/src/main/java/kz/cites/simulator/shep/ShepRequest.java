package kz.cites.simulator.shep;

import java.util.Map;

/**
 * The request envelope. Dates and ids stay strings here so that a bad one can still be answered
 * with an envelope that echoes the correlation id.
 */
record ShepRequest(
    String messageId,
    String correlationId,
    String serviceId,
    String messageDate,
    Sender sender,
    Map<String, Object> payload) {

  record Sender(String senderId, String password) {}
}

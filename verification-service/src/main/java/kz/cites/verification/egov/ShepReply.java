package kz.cites.verification.egov;

import tools.jackson.databind.JsonNode;

/**
 * A usable SHEP answer: status OK (with payload) or NOT_FOUND.
 *
 * @param messageId the gateway's id of its answer, kept as evidence
 */
public record ShepReply(String messageId, String code, String message, JsonNode payload) {

  public static final String OK = "OK";
  public static final String NOT_FOUND = "NOT_FOUND";

  /** The payload as it came, for the evidence; null when there was none. */
  public String answer() {
    return payload == null || payload.isNull() ? null : payload.toString();
  }

  public boolean found() {
    return OK.equals(code);
  }
}

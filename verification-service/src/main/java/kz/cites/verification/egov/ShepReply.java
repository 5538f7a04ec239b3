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

  public boolean found() {
    return OK.equals(code);
  }
}

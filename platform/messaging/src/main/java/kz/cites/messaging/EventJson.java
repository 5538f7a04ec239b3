package kz.cites.messaging;

import kz.cites.events.CitesEvent;
import kz.cites.events.EventType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes event records as the JSON of the contract and reads them back by their CloudEvents type.
 */
public class EventJson {

  private final JsonMapper json;

  public EventJson(JsonMapper json) {
    this.json = json;
  }

  public String write(CitesEvent event) {
    return json.writeValueAsString(event);
  }

  public CitesEvent read(EventType type, String payload) {
    try {
      CitesEvent event = json.readValue(payload, type.recordType());
      if (event == null || event.eventId() == null || event.key() == null) {
        throw new PoisonEventException(
            "Event " + type + " without eventId or key (applicationId, date)");
      }
      return event;
    } catch (JacksonException e) {
      throw new PoisonEventException("Unreadable " + type + " payload: " + e.getOriginalMessage());
    }
  }
}

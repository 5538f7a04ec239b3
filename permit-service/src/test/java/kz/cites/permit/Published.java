package kz.cites.permit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import kz.cites.events.Topics;
import kz.cites.testsupport.EmbeddedInfrastructure;
import kz.cites.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the service published on its topic about one application, read from the broker. */
public final class Published {

  private Published() {}

  public static List<ConsumerRecord<String, String>> recordsFor(UUID applicationId) {
    return TopicRecords.readAll(EmbeddedInfrastructure.kafkaBootstrapServers(), Topics.PERMIT)
        .stream()
        .filter(r -> applicationId.toString().equals(r.key()))
        .toList();
  }

  public static List<String> typesFor(UUID applicationId) {
    return recordsFor(applicationId).stream().map(Published::type).toList();
  }

  public static JsonNode payload(JsonMapper json, UUID applicationId, String type) {
    return recordsFor(applicationId).stream()
        .filter(r -> type.equals(type(r)))
        .map(r -> json.readTree(r.value()))
        .findFirst()
        .orElseThrow();
  }

  private static String type(ConsumerRecord<String, String> record) {
    return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
  }
}

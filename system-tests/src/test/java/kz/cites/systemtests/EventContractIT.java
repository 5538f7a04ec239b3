package kz.cites.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import kz.cites.events.EventType;
import kz.cites.events.Topics;
import kz.cites.localstack.Topology;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * What the services really publish keeps the published contract: after a whole journey (and
 * whatever the other scenarios of this run published before), every record on every topic is valid
 * against the JSON Schema of its CloudEvents type in {@code docs/event-schemas/}. The schemas are
 * generated from the event records (platform/events); this catches a producer that sends null where
 * the contract promises a value.
 */
class EventContractIT {

  static final String OFFICER_IIN = "860606407353";

  private final SystemUnderTest system = SystemUnderTest.get();
  private final Http http = new Http();
  private final Portal portal = new Portal(system, http);

  @Test
  void everyPublishedEventIsValidAgainstItsSchema() throws IOException {
    Drafts.Applicant applicant = Drafts.ABENOVA;
    String token = portal.signIn(applicant.iin(), null, "APPLICANT");
    String officer = portal.signIn(OFFICER_IIN, null, "OFFICER");
    String applicationId = portal.fileComplete(applicant, Drafts.export(applicant), token);
    portal.officerApproves(applicationId, officer, token);
    portal.awaitStatus(applicationId, "ISSUED", token);

    Map<EventType, Schema> schemas = schemas();
    List<String> violations = new ArrayList<>();
    Set<EventType> seenForTheJourney = EnumSet.noneOf(EventType.class);
    int records = 0;
    for (ConsumerRecord<byte[], byte[]> record : everyRecord()) {
      if (record.value() == null) {
        continue; // a tombstone of the compacted calendar topic: no event
      }
      records++;
      String ceType = header(record, "ce_type");
      EventType type = EventType.fromCloudEventType(ceType).orElse(null);
      if (type == null) {
        violations.add(record.topic() + "@" + record.offset() + ": unknown ce_type " + ceType);
        continue;
      }
      String value = new String(record.value(), StandardCharsets.UTF_8);
      schemas.get(type).validate(value, InputFormat.JSON).stream()
          .map(error -> type + " " + record.topic() + "@" + record.offset() + ": " + error)
          .forEach(violations::add);
      if (value.contains(applicationId)) {
        seenForTheJourney.add(type);
      }
    }

    assertThat(violations).as("events not matching their published schema").isEmpty();
    assertThat(seenForTheJourney)
        .as("the journey's events were read (%d records in all)", records)
        .contains(
            EventType.APPLICATION_SUBMITTED,
            EventType.FEE_ASSESSED,
            EventType.FEE_CONFIRMED,
            EventType.VERIFICATION_COMPLETED,
            EventType.REVIEW_CASE_OPENED,
            EventType.PERMIT_ISSUED);
  }

  private static Map<EventType, Schema> schemas() throws IOException {
    Path folder =
        Path.of(System.getProperty("cites.repository.root", "..")).resolve("docs/event-schemas");
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    Map<EventType, Schema> schemas = new HashMap<>();
    for (EventType type : EventType.values()) {
      String text = Files.readString(folder.resolve(type.recordType().getSimpleName() + ".json"));
      schemas.put(type, registry.getSchema(text, InputFormat.JSON));
    }
    return schemas;
  }

  /** Every record on the event topics from the beginning up to their ends at this moment. */
  private static List<ConsumerRecord<byte[], byte[]>> everyRecord() {
    Properties config = new Properties();
    config.put(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        System.getProperty("cites.system.kafka-bootstrap", "localhost:" + Topology.KAFKA_PORT));
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : Topics.ALL) {
        consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .forEach(partitions::add);
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
    }
    return records;
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}

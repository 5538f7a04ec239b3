package kz.cites.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kz.cites.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts the records of a dead-letter topic back onto the topic they came from, once the cause is
 * fixed: with their original key, value and headers (the CloudEvents {@code ce_*} headers and the
 * {@code traceparent} included, so the consumers read them exactly as the first time), without the
 * {@code kafka_dlt-*} failure headers, and with {@code cites_replayed_from} naming the dead letter.
 * Each dead letter is replayed once: the replay's own consumer group commits what it put back, so a
 * second run replays only what died since. Consumers skip what they had applied (their inbox), so a
 * record replayed twice after a crash between sending and committing still has one effect.
 *
 * <p>Plain Kafka clients, no Spring: {@code ./stack replay-dlt <topic>} runs it from the launcher.
 */
public final class DeadLetterReplay {

  /** The consumer group that remembers which dead letters were replayed. */
  public static final String GROUP = "cites-dead-letter-replay";

  /** Header naming where a replayed record came from: {@code <dlt>/<partition>/<offset>}. */
  public static final String REPLAYED_FROM = "cites_replayed_from";

  private static final String DLT_HEADER_PREFIX = "kafka_dlt-";

  private final String bootstrapServers;
  private final Duration quietPeriod;

  /**
   * @param quietPeriod how long one poll waits for records (the replay ends at the dead-letter
   *     topic's end as it was when the replay began)
   */
  public DeadLetterReplay(String bootstrapServers, Duration quietPeriod) {
    this.bootstrapServers = bootstrapServers;
    this.quietPeriod = quietPeriod;
  }

  /**
   * Replays what {@code topic}'s dead-letter topic holds and was not replayed before.
   *
   * @param topic an event topic (e.g. {@code cites.permit.events}), or its {@code .DLT}
   * @return how many records were put back
   */
  public int replay(String topic) {
    String original =
        topic.endsWith(Topics.DEAD_LETTER_SUFFIX)
            ? topic.substring(0, topic.length() - Topics.DEAD_LETTER_SUFFIX.length())
            : topic;
    if (!Topics.ALL.contains(original)) {
      throw new IllegalArgumentException("Not an event topic: " + topic + "; one of " + Topics.ALL);
    }
    String deadLetters = Topics.deadLetterOf(original);
    int replayed = 0;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties());
        KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(deadLetters).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      Map<TopicPartition, OffsetAndMetadata> committed =
          consumer.committed(new HashSet<>(partitions));
      for (TopicPartition partition : partitions) {
        OffsetAndMetadata from = committed.get(partition);
        if (from == null) {
          consumer.seekToBeginning(List.of(partition));
        } else {
          consumer.seek(partition, from.offset());
        }
      }
      // What is there now, and no more: a record that fails again comes back to the dead letters
      // and must wait for the next run, not loop in this one.
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        ConsumerRecords<String, String> records = consumer.poll(quietPeriod);
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
          TopicPartition partition = new TopicPartition(record.topic(), record.partition());
          if (record.offset() >= end.get(partition)) {
            continue;
          }
          producer.send(backOnto(original, record));
          done.put(partition, new OffsetAndMetadata(record.offset() + 1));
          replayed++;
        }
        if (records.isEmpty()) {
          break; // the broker answers nothing more: stop rather than wait forever
        }
        // sent and acknowledged before the offsets say so: at worst a record goes back twice
        producer.flush();
        if (!done.isEmpty()) {
          consumer.commitSync(done);
        }
      }
    }
    return replayed;
  }

  /** The dead letter as it first arrived: key, value, headers, without the failure headers. */
  static ProducerRecord<String, String> backOnto(
      String topic, ConsumerRecord<String, String> deadLetter) {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(topic, deadLetter.key(), deadLetter.value());
    for (Header header : deadLetter.headers()) {
      if (!header.key().startsWith(DLT_HEADER_PREFIX) && !header.key().equals(REPLAYED_FROM)) {
        record.headers().add(header.key(), header.value());
      }
    }
    record
        .headers()
        .add(
            REPLAYED_FROM,
            (deadLetter.topic() + "/" + deadLetter.partition() + "/" + deadLetter.offset())
                .getBytes(StandardCharsets.UTF_8));
    return record;
  }

  private Properties consumerProperties() {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    return properties;
  }

  private Properties producerProperties() {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    return properties;
  }
}

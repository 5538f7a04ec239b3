import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends the events of bench/event-floor.sh at a fixed rate: {@code warmup} records, a line {@code
 * timed} (the script's cue to read the CPU counters), then {@code count} more; each with a new key
 * (an application id), the CloudEvents headers our consumers read and the payload of the file
 * given. Exits once the broker has acknowledged every record. Not a test; run with kafka-clients
 * and slf4j-api on the class path:
 *
 * <pre>java -cp kafka-clients.jar:slf4j-api.jar bench/EventFloorLoad.java bootstrap topic rate warmup count payload-file</pre>
 */
public class EventFloorLoad {

  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    String topic = args[1];
    double rate = Double.parseDouble(args[2]);
    int warmup = Integer.parseInt(args[3]);
    int count = Integer.parseInt(args[4]);
    String payload = Files.readString(Path.of(args[5])).strip();

    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    long period = (long) (1e9 / rate);
    try (var producer = new KafkaProducer<String, String>(config)) {
      Future<RecordMetadata> last = null;
      long start = System.nanoTime();
      for (int i = 0; i < warmup + count; i++) {
        if (i == warmup) {
          last.get(); // the warm-up acknowledged before the clock starts
          System.out.println("timed");
          System.out.flush();
        }
        long due = start + i * period;
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        var record = new ProducerRecord<>(topic, UUID.randomUUID().toString(), payload);
        record
            .headers()
            .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
            .add("ce_type", "kz.cites.floor.Event".getBytes(StandardCharsets.UTF_8));
        last = producer.send(record);
      }
      producer.flush();
      last.get();
    }
    System.out.printf("sent %d records at %.1f/s (%d of them timed)%n", warmup + count, rate, count);
  }
}

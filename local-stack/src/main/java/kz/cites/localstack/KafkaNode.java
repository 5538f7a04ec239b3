package kz.cites.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A single-node KRaft Kafka (broker and controller in one) running Kafka's own server in this JVM.
 * Its log directory is formatted once, as {@code kafka-storage.sh format} would, and reused on
 * every later run, so topics, offsets and consumer groups survive restarts.
 */
final class KafkaNode implements AutoCloseable {

  private static final int NODE_ID = 1;
  private static final String CONTROLLER_LISTENER = "CONTROLLER";

  private final KafkaRaftServer server;

  private KafkaNode(KafkaRaftServer server) {
    this.server = server;
  }

  /**
   * Starts the broker. Kafka halts the JVM on a fatal fault (e.g. a corrupt log); {@code onFatal}
   * runs first so that the other processes are not left behind.
   */
  static KafkaNode start(Path logDirectory, Runnable onFatal) throws IOException {
    Exit.Procedure halt =
        (status, message) -> {
          System.err.println("Kafka stopped with a fatal error: " + message + " (see kafka.log)");
          onFatal.run();
          Runtime.getRuntime().halt(status);
        };
    Exit.setHaltProcedure(halt);
    Exit.setExitProcedure(halt);
    Files.createDirectories(logDirectory);
    KafkaConfig config = KafkaConfig.fromProps(properties(logDirectory));
    if (!Files.exists(logDirectory.resolve("meta.properties"))) {
      format(logDirectory);
    }
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    try {
      server.startup();
    } catch (RuntimeException e) {
      server.shutdown();
      throw new IOException("Kafka did not start; its log is in logs/kafka.log", e);
    }
    return new KafkaNode(server);
  }

  static Properties properties(Path logDirectory) {
    Properties props = new Properties();
    props.putAll(
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", Integer.toString(NODE_ID)),
            Map.entry(
                "controller.quorum.voters",
                NODE_ID + "@localhost:" + Topology.KAFKA_CONTROLLER_PORT),
            Map.entry(
                "listeners",
                "PLAINTEXT://localhost:"
                    + Topology.KAFKA_PORT
                    + ","
                    + CONTROLLER_LISTENER
                    + "://localhost:"
                    + Topology.KAFKA_CONTROLLER_PORT),
            Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + Topology.KAFKA_PORT),
            Map.entry("controller.listener.names", CONTROLLER_LISTENER),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry(
                "listener.security.protocol.map",
                "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
            Map.entry("log.dirs", logDirectory.toString()),
            // the topics the services create on first use get as many partitions as in the tests
            Map.entry("num.partitions", "3"),
            Map.entry("auto.create.topics.enable", "true"),
            // one node: every internal topic with a single replica, fewer partitions to start
            // faster
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "10"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("transaction.state.log.num.partitions", "10"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("num.network.threads", "2"),
            Map.entry("num.io.threads", "4"),
            Map.entry("log.retention.hours", "168"),
            // the cleaner's dedupe buffer is allocated once and held for the broker's life: its
            // default 128 MiB would not fit the launcher's small heap, and 4 MiB (an offset map of
            // about 150,000 keys per cleaning pass) is plenty for the compacted topics of one
            // machine's stack (__consumer_offsets)
            Map.entry("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024)),
            Map.entry("log.cleaner.threads", "1")));
    return props;
  }

  private static void format(Path logDirectory) throws IOException {
    Formatter formatter =
        new Formatter()
            .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
            .setNodeId(NODE_ID)
            .setClusterId(Uuid.randomUuid().toString())
            .setControllerListenerName(CONTROLLER_LISTENER)
            .setMetadataLogDirectory(logDirectory.toString())
            .addDirectory(logDirectory.toString());
    try {
      formatter.run();
    } catch (Exception e) {
      throw new IOException("Could not format the Kafka log directory " + logDirectory, e);
    }
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
    Exit.resetHaltProcedure();
    Exit.resetExitProcedure();
  }
}

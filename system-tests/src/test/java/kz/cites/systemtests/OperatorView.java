package kz.cites.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import kz.cites.localstack.RunningStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * What an operator looks at behind the API after an incident (docs/runbook.md): the outboxes of the
 * four services' databases, the dead-letter topics, the permit numbers issued. Read-only.
 */
final class OperatorView {

  static final List<String> DATABASES = List.of("application", "verification", "fee", "permit");

  private final RunningStack stack;

  OperatorView(RunningStack stack) {
    this.stack = stack;
  }

  /** Outbox rows not yet published (or parked as failed), per database. */
  Map<String, Long> unpublishedOutboxRows() {
    Map<String, Long> rows = new java.util.LinkedHashMap<>();
    for (String database : DATABASES) {
      rows.put(
          database,
          query(database, "select count(*) from outbox_event where published_at is null").stream()
              .mapToLong(Long::parseLong)
              .sum());
    }
    return rows;
  }

  /** Every permit number issued so far, as stored. */
  List<String> permitNumbers() {
    return query("permit", "select number from permit order by number");
  }

  /** How many permits each of {@code applicationIds} has (absent: none). */
  Map<String, Long> permitsPerApplication(Set<String> applicationIds) {
    return query("permit", "select application_id::text from permit").stream()
        .filter(applicationIds::contains)
        .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
  }

  /** How many records all the dead-letter topics ({@code *.DLT}) have ever received. */
  long deadLetters() {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
    try (Admin admin = Admin.create(config)) {
      Set<String> topics =
          admin.listTopics().names().get().stream()
              .filter(name -> name.endsWith(".DLT"))
              .collect(Collectors.toSet());
      if (topics.isEmpty()) {
        return 0;
      }
      Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
      for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
        topic
            .partitions()
            .forEach(
                p ->
                    latest.put(
                        new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
      }
      ListOffsetsResult offsets = admin.listOffsets(latest);
      return offsets.all().get().values().stream().mapToLong(o -> o.offset()).sum();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("Cannot read the dead-letter topics", e.getCause());
    }
  }

  /** The first column of every row, as text. */
  private List<String> query(String database, String sql) {
    try (Connection connection =
            DriverManager.getConnection(stack.jdbcUrl(database), "cites", "cites");
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout((int) Duration.ofSeconds(20).toSeconds());
      try (ResultSet rows = statement.executeQuery(sql)) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot query " + database + ": " + e.getMessage(), e);
    }
  }
}

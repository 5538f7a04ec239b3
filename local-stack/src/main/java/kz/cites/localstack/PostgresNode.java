package kz.cites.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * PostgreSQL 17 from the zonky binaries, with its data directory kept between runs: initdb runs
 * only when the directory is new, then the role and the services' databases are created if missing.
 */
final class PostgresNode implements AutoCloseable {

  private final EmbeddedPostgres server;

  private PostgresNode(EmbeddedPostgres server) {
    this.server = server;
  }

  static PostgresNode start(Path dataDirectory, List<String> databases) throws IOException {
    Files.createDirectories(dataDirectory.getParent());
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setPort(Topology.POSTGRES_PORT)
            .setPGStartupWait(Duration.ofSeconds(60))
            // zonky turns durability off for tests; this data is meant to survive a crash
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("max_connections", "200")
            // initdb's 128 MB is far more than the stack's four small databases need; what it
            // costs idle is the WAL buffers sized from it (1/32: 4 MB, now 1 MB), which commits
            // write and so stay resident in the WAL writer and in every backend that committed
            .setServerConfig("shared_buffers", "32MB")
            // no logical replication here: no launcher process waiting for subscriptions
            .setServerConfig("max_logical_replication_workers", "0")
            .start();
    PostgresNode node = new PostgresNode(server);
    try {
      node.provision(databases);
    } catch (SQLException e) {
      node.close();
      throw new IOException("Could not create the role and databases in PostgreSQL", e);
    }
    return node;
  }

  private void provision(List<String> databases) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      if (!exists(connection, "select 1 from pg_roles where rolname = ?", Topology.DB_USER)) {
        statement.execute(
            "create role " + Topology.DB_USER + " login password '" + Topology.DB_PASSWORD + "'");
      }
      for (String database : databases) {
        if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
          statement.execute("create database " + database + " owner " + Topology.DB_USER);
        }
      }
    }
  }

  private static boolean exists(Connection connection, String query, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, name);
      try (var rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}

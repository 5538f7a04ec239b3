package kz.cites.testsupport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for the context: the JVM's embedded server (a database named after the
 * application) or, with Docker, a container. Import it, or {@link TestInfrastructure} for both.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

  @Bean
  @Conditional(Conditions.Embedded.class)
  JdbcConnectionDetails embeddedPostgres(
      @Value("${cites.test.database:${spring.application.name:cites}}") String database) {
    String url = EmbeddedInfrastructure.jdbcUrl(database.replace('-', '_'));
    return new JdbcConnectionDetails() {
      @Override
      public String getUsername() {
        return EmbeddedInfrastructure.username();
      }

      @Override
      public String getPassword() {
        return EmbeddedInfrastructure.password();
      }

      @Override
      public String getJdbcUrl() {
        return url;
      }
    };
  }

  @Bean
  @ServiceConnection
  @Conditional(Conditions.Containers.class)
  PostgreSQLContainer postgresContainer() {
    return new PostgreSQLContainer("postgres:17-alpine");
  }
}

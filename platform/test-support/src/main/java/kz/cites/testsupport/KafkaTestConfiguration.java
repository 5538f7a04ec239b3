package kz.cites.testsupport;

import java.util.List;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for the context: the JVM's embedded KRaft broker or, with Docker, a
 * container.
 */
@TestConfiguration(proxyBeanMethods = false)
public class KafkaTestConfiguration {

  @Bean
  @Conditional(Conditions.Embedded.class)
  KafkaConnectionDetails embeddedKafka() {
    List<String> servers = List.of(EmbeddedInfrastructure.kafkaBootstrapServers().split(","));
    return () -> servers;
  }

  @Bean
  @ServiceConnection
  @Conditional(Conditions.Containers.class)
  KafkaContainer kafkaContainer() {
    return new KafkaContainer("apache/kafka-native:4.1.1");
  }
}

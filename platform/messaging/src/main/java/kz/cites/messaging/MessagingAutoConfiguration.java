package kz.cites.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.cites.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/** Outbox, inbox, topics, dead-letter handling and the outbox migration for every service. */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"
    })
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

  static final String MIGRATIONS = "classpath:db/messaging";

  @Bean
  EventJson eventJson(JsonMapper jsonMapper) {
    return new EventJson(jsonMapper);
  }

  @Bean
  OutboxRelay outboxRelay(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      KafkaTemplate<String, String> kafka,
      MessagingProperties properties,
      @Value("${spring.application.name:cites}") String applicationName,
      ObjectProvider<Tracer> tracer,
      ObjectProvider<Propagator> propagator) {
    String source = properties.source() != null ? properties.source() : "/cites/" + applicationName;
    return new OutboxRelay(
        jdbc,
        new TransactionTemplate(transactions),
        kafka,
        properties.outbox(),
        source,
        tracer.getIfAvailable(() -> Tracer.NOOP),
        propagator.getIfAvailable(() -> Propagator.NOOP));
  }

  @Bean
  Outbox outbox(
      JdbcClient jdbc,
      EventJson eventJson,
      OutboxRelay relay,
      ObjectProvider<CommittedEvents> committed,
      ObjectProvider<Tracer> tracer,
      ObjectProvider<Propagator> propagator) {
    return new Outbox(
        jdbc,
        eventJson,
        relay,
        committed.orderedStream().toList(),
        tracer.getIfAvailable(() -> Tracer.NOOP),
        propagator.getIfAvailable(() -> Propagator.NOOP));
  }

  /**
   * The outbox's backlog: gauges for the metrics and the health contributor {@code outbox}, which
   * the services' readiness group includes.
   */
  @Bean
  OutboxBacklog outboxHealthIndicator(JdbcClient jdbc, MessagingProperties properties) {
    return new OutboxBacklog(jdbc, properties.outbox().stuckAfter());
  }

  @Bean
  MeterBinder outboxMetrics(OutboxBacklog backlog) {
    return backlog::bindTo;
  }

  @Bean
  MessageRetention messageRetention(JdbcClient jdbc, MessagingProperties properties) {
    return new MessageRetention(jdbc, properties.retention());
  }

  @Bean
  Inbox inbox(JdbcClient jdbc) {
    return new Inbox(jdbc);
  }

  @Bean
  InboundEvents inboundEvents(
      EventJson eventJson,
      Inbox inbox,
      PlatformTransactionManager transactions,
      MeterRegistry meters) {
    return new InboundEvents(eventJson, inbox, new TransactionTemplate(transactions), meters);
  }

  /** Retries a failing event a few times, then parks it on {@code <topic>.DLT} with the failure. */
  @Bean
  CommonErrorHandler deadLetterErrorHandler(
      KafkaTemplate<String, String> kafka, MessagingProperties properties, MeterRegistry meters) {
    var deadLetters =
        new DeadLetterPublishingRecoverer(
            kafka,
            (record, failure) ->
                new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
    var handler =
        new DefaultErrorHandler(
            (record, failure) -> {
              deadLetters.accept(record, failure);
              // counted once the dead letter is sent: cites.dead.letters{topic=<original topic>}
              Counter.builder("cites.dead.letters")
                  .description("Records parked on a dead-letter topic")
                  .tag("topic", record.topic())
                  .register(meters)
                  .increment();
            },
            new FixedBackOff(
                properties.consumer().retryBackoff().toMillis(), properties.consumer().retries()));
    handler.addNotRetryableExceptions(PoisonEventException.class);
    // A database that is briefly away is no reason to park a good event: retry it, with growing
    // pauses, for as long as it takes; the partition waits, which keeps the application's order.
    handler.setBackOffFunction(
        (record, failure) -> isTransient(failure) ? untilTheDatabaseIsBack() : null);
    return handler;
  }

  static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TransientDataAccessException
          || t instanceof RecoverableDataAccessException
          || t instanceof CannotCreateTransactionException
          || t instanceof CannotGetJdbcConnectionException) {
        return true;
      }
    }
    return false;
  }

  private static ExponentialBackOff untilTheDatabaseIsBack() {
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
    backOff.setMaxInterval(30_000);
    return backOff;
  }

  @Bean
  KafkaAdmin.NewTopics citesTopics(MessagingProperties properties) {
    return new KafkaAdmin.NewTopics(
        TopicDeclarations.of(properties.topics()).toArray(NewTopic[]::new));
  }

  /** Runs the outbox and inbox migration along with the service's own. */
  @Bean
  FlywayConfigurationCustomizer messagingMigrations() {
    return configuration -> {
      List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
      locations.add(new Location(MIGRATIONS));
      configuration.locations(locations.toArray(Location[]::new));
    };
  }
}

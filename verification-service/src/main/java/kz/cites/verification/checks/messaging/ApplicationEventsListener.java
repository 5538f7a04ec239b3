package kz.cites.verification.checks.messaging;

import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.events.Topics;
import kz.cites.messaging.InboundEvents;
import kz.cites.verification.checks.Verifications;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Opens the checks of every submitted application, once per application; stops them on withdrawal.
 */
@Component
class ApplicationEventsListener {

  static final String CONSUMER = "verification-service";

  private final InboundEvents inbound;
  private final InboundEvents.Effects effects;

  ApplicationEventsListener(InboundEvents inbound, Verifications verifications) {
    this.inbound = inbound;
    this.effects =
        InboundEvents.effects()
            .on(ApplicationSubmitted.class, verifications::open)
            .on(ApplicationWithdrawn.class, verifications::withdraw);
  }

  @KafkaListener(topics = Topics.APPLICATION, groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    inbound.process(record, CONSUMER, effects);
  }
}

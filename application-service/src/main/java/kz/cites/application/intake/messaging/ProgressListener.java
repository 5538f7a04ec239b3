package kz.cites.application.intake.messaging;

import kz.cites.application.intake.StatusTracking;
import kz.cites.events.Topics;
import kz.cites.messaging.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the fee, verification and permit events into the applications' status and history. */
@Component
class ProgressListener {

  static final String CONSUMER = "application-service";

  private final InboundEvents inbound;
  private final StatusTracking tracking;

  ProgressListener(InboundEvents inbound, StatusTracking tracking) {
    this.inbound = inbound;
    this.tracking = tracking;
  }

  @KafkaListener(
      topics = {Topics.FEE, Topics.VERIFICATION, Topics.PERMIT},
      groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    inbound.process(record, CONSUMER, tracking::apply);
  }
}

package kz.cites.fee.assessment.messaging;

import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.Topics;
import kz.cites.events.VerificationCompleted;
import kz.cites.fee.assessment.Fees;
import kz.cites.messaging.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The two inputs of the duty: the submitted application and the verification's payment check. */
@Component
class FeeInputs {

  static final String CONSUMER = "fee-service";

  private final InboundEvents inbound;
  private final InboundEvents.Effects applicationEvents;
  private final InboundEvents.Effects verificationEvents;

  FeeInputs(InboundEvents inbound, Fees fees) {
    this.inbound = inbound;
    this.applicationEvents = InboundEvents.effects().on(ApplicationSubmitted.class, fees::assess);
    this.verificationEvents =
        InboundEvents.effects().on(VerificationCompleted.class, fees::takeEvidence);
  }

  @KafkaListener(topics = Topics.APPLICATION, groupId = "${spring.application.name}")
  void onApplicationEvent(ConsumerRecord<String, String> record) {
    inbound.process(record, CONSUMER, applicationEvents);
  }

  @KafkaListener(topics = Topics.VERIFICATION, groupId = "${spring.application.name}")
  void onVerificationEvent(ConsumerRecord<String, String> record) {
    inbound.process(record, CONSUMER, verificationEvents);
  }
}

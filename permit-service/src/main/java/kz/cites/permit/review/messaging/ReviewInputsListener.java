package kz.cites.permit.review.messaging;

import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.events.FeeConfirmed;
import kz.cites.events.FeeRejected;
import kz.cites.events.HearingAnswered;
import kz.cites.events.HearingLapsed;
import kz.cites.events.HearingScheduled;
import kz.cites.events.Topics;
import kz.cites.events.VerificationCompleted;
import kz.cites.messaging.InboundEvents;
import kz.cites.permit.review.ReviewCases;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the three inputs of a review case, the applicant's withdrawal and the hearing's course
 * (deadline, answer, lapse) from their topics; other event types pass by.
 */
@Component
class ReviewInputsListener {

  static final String CONSUMER = "permit-service";

  private final InboundEvents inbound;
  private final InboundEvents.Effects effects;

  ReviewInputsListener(InboundEvents inbound, ReviewCases cases) {
    this.inbound = inbound;
    this.effects =
        InboundEvents.effects()
            .on(ApplicationSubmitted.class, cases::submitted)
            .on(VerificationCompleted.class, cases::verified)
            .on(FeeConfirmed.class, cases::feeConfirmed)
            .on(FeeRejected.class, cases::feeRejected)
            .on(ApplicationWithdrawn.class, cases::withdrawn)
            .on(HearingScheduled.class, cases::hearingScheduled)
            .on(HearingAnswered.class, cases::hearingAnswered)
            .on(HearingLapsed.class, cases::hearingLapsed);
  }

  @KafkaListener(
      topics = {Topics.APPLICATION, Topics.VERIFICATION, Topics.FEE},
      groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    inbound.process(record, CONSUMER, effects);
  }
}

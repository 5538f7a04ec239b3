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
  private final ReviewCases cases;

  ReviewInputsListener(InboundEvents inbound, ReviewCases cases) {
    this.inbound = inbound;
    this.cases = cases;
  }

  @KafkaListener(
      topics = {Topics.APPLICATION, Topics.VERIFICATION, Topics.FEE},
      groupId = "${spring.application.name}")
  void on(ConsumerRecord<String, String> record) {
    inbound.process(
        record,
        CONSUMER,
        event -> {
          switch (event) {
            case ApplicationSubmitted submitted -> cases.submitted(submitted);
            case VerificationCompleted verified -> cases.verified(verified);
            case FeeConfirmed confirmed -> cases.feeConfirmed(confirmed);
            case FeeRejected rejected -> cases.feeRejected(rejected);
            case ApplicationWithdrawn withdrawn -> cases.withdrawn(withdrawn);
            case HearingScheduled scheduled -> cases.hearingScheduled(scheduled);
            case HearingAnswered answered -> cases.hearingAnswered(answered);
            case HearingLapsed lapsed -> cases.hearingLapsed(lapsed);
            default -> {}
          }
        });
  }
}

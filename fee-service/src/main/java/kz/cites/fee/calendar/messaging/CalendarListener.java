package kz.cites.fee.calendar.messaging;

import kz.cites.events.CalendarDayChanged;
import kz.cites.events.Topics;
import kz.cites.fee.calendar.CalendarDays;
import kz.cites.messaging.InboundEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Days marked in application-service's calendar, for the grace period of the duty. */
@Component
class CalendarListener {

  static final String CONSUMER = "fee-service";

  private final InboundEvents inbound;
  private final CalendarDays days;

  CalendarListener(InboundEvents inbound, CalendarDays days) {
    this.inbound = inbound;
    this.days = days;
  }

  @KafkaListener(topics = Topics.CALENDAR, groupId = "${spring.application.name}")
  void onCalendarEvent(ConsumerRecord<String, String> record) {
    inbound.process(
        record,
        CONSUMER,
        event -> {
          if (event instanceof CalendarDayChanged changed) {
            days.apply(changed);
          }
        });
  }
}

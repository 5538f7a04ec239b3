package kz.cites.floor.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The Kafka floor variant only (built with {@code -Pkafka}; the default build leaves this package
 * out): one consumer on one topic, as a real service has at least one, so that bench/floor-footprint.sh
 * measures what spring-kafka (a consumer, its poll thread, the admin client) and the actuator add
 * to the floor's idle memory and start.
 */
@Component
public class FloorListener {

  private static final Logger log = LoggerFactory.getLogger(FloorListener.class);

  @Bean
  NewTopic floorTopic() {
    return new NewTopic("bench.floor", 1, (short) 1);
  }

  @KafkaListener(topics = "bench.floor", groupId = "${spring.application.name}")
  void on(String record) {
    log.info("record of {} chars", record.length());
  }
}

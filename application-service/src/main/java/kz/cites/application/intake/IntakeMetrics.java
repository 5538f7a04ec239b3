package kz.cites.application.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.events.CitesEvent;
import kz.cites.messaging.CommittedEvents;
import org.springframework.stereotype.Component;

/**
 * Intake's business as metrics, counted from what it committed (platform/messaging's {@link
 * CommittedEvents}): {@code cites.applications.submitted{permit_type}} and {@code
 * cites.applications.withdrawn}.
 */
@Component
public class IntakeMetrics implements CommittedEvents {

  private final MeterRegistry meters;

  IntakeMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  @Override
  public void committed(CitesEvent event) {
    switch (event) {
      case ApplicationSubmitted submitted ->
          Counter.builder("cites.applications.submitted")
              .description("Applications submitted (registered)")
              .tag("permit_type", submitted.application().permitType().name())
              .register(meters)
              .increment();
      case ApplicationWithdrawn withdrawn ->
          Counter.builder("cites.applications.withdrawn")
              .description("Applications withdrawn by the applicant")
              .register(meters)
              .increment();
      default -> {}
    }
  }
}

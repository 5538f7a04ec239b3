package kz.cites.application.intake.domain;

import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;

/** Where intake announces what happened; recorded in the transaction of the change. */
public interface IntakeEvents {

  void submitted(ApplicationSubmitted event);

  void withdrawn(ApplicationWithdrawn event);
}

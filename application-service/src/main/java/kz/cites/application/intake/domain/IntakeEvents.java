package kz.cites.application.intake.domain;

import kz.cites.events.ApplicationSubmitted;

/** Where intake announces what happened; recorded in the transaction of the change. */
public interface IntakeEvents {

  void submitted(ApplicationSubmitted event);
}

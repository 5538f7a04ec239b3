package kz.cites.application.intake.domain;

import kz.cites.events.ApplicationSubmitted;
import kz.cites.events.ApplicationWithdrawn;
import kz.cites.events.HearingAnswered;
import kz.cites.events.HearingLapsed;
import kz.cites.events.HearingScheduled;

/** Where intake announces what happened; recorded in the transaction of the change. */
public interface IntakeEvents {

  void submitted(ApplicationSubmitted event);

  void withdrawn(ApplicationWithdrawn event);

  void hearingScheduled(HearingScheduled event);

  void hearingAnswered(HearingAnswered event);

  void hearingLapsed(HearingLapsed event);
}

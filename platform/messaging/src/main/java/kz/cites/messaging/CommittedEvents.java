package kz.cites.messaging;

import kz.cites.events.CitesEvent;

/**
 * Told of every event the service's outbox recorded, once the transaction that recorded it has
 * committed (a rolled-back change tells nothing): where a service counts its business for the
 * metrics (submissions, decisions). Runs on the committing thread after the commit; it must be
 * quick and must not fail (a failure is logged and ignored).
 */
@FunctionalInterface
public interface CommittedEvents {

  void committed(CitesEvent event);
}

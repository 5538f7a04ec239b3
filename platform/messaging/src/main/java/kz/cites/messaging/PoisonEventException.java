package kz.cites.messaging;

/**
 * An event that can never be processed as it is (unreadable, missing its id). Not retried: it goes
 * straight to the dead-letter topic, with this message in its headers, for an operator to look at.
 */
public class PoisonEventException extends RuntimeException {
  public PoisonEventException(String message) {
    super(message);
  }
}

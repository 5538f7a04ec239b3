package kz.cites.events;

import java.util.List;

/** Topic names; each is owned by the service whose events it carries. */
public final class Topics {
  public static final String APPLICATION = "cites.application.events";
  public static final String FEE = "cites.fee.events";
  public static final String VERIFICATION = "cites.verification.events";
  public static final String PERMIT = "cites.permit.events";

  /** Working-calendar changes (application-service); keyed by the date, not an application. */
  public static final String CALENDAR = "cites.calendar.events";

  /** Every topic (each with its dead-letter topic); created at start-up by platform/messaging. */
  public static final List<String> ALL = List.of(APPLICATION, FEE, VERIFICATION, PERMIT, CALENDAR);

  /** Suffix of the dead-letter topic where poison messages of a topic end up. */
  public static final String DEAD_LETTER_SUFFIX = ".DLT";

  private Topics() {}

  public static String deadLetterOf(String topic) {
    return topic + DEAD_LETTER_SUFFIX;
  }
}

package kz.cites.application.cabinet.domain;

import java.util.List;

/**
 * What a notification is about: a stable code, and the text it is read in. The text is the bundles'
 * {@code notification.<KIND>} (a notification about a draft, with no registration number yet:
 * {@code notification.<KIND>.draft}), written when the notification is read, in the reader's
 * language; its {@code {0}}, {@code {1}}, ... are the notification's {@link NotificationArguments}
 * named here, in this order. A new kind is a constant here and its text in the three bundles.
 */
public enum NotificationKind {
  SUBMISSION_REGISTERED("registrationNumber", "dueDate"),
  PERMIT_ISSUED("permitNumber", "registrationNumber"),
  /**
   * A ground for refusal was found: the preliminary decision with its grounds and the deadline to
   * state a position (answerBy), and the meeting if the officer set one. Not a refusal yet.
   */
  HEARING_NOTICE("registrationNumber", "grounds", "reason", "answerBy", "meeting"),
  APPLICATION_REFUSED("registrationNumber", "grounds", "reason"),
  /** The duty was not paid as required by the end of its grace period: not a refusal. */
  APPLICATION_NOT_ACCEPTED("registrationNumber", "duty"),
  PERMIT_CANCELLED("permitNumber", "reason"),
  /** Customs endorsed the permit at the border: it is used. */
  PERMIT_ENDORSED("permitNumber", "endorsedOn", "borderCrossing"),
  WITHDRAWAL_CONFIRMED("registrationNumber");

  private final List<String> arguments;

  NotificationKind(String... arguments) {
    this.arguments = List.of(arguments);
  }

  /** The names of the arguments its text takes, in the order of {@code {0}}, {@code {1}}, ... */
  public List<String> arguments() {
    return arguments;
  }

  /** The bundle key of its text: {@code notification.<KIND>}. */
  public String textKey() {
    return "notification." + name();
  }
}

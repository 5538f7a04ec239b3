package kz.cites.application.intake.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of history entry and the text each is read in: the bundles' {@code history.<event>}, or
 * {@code history.<event>.<variant>} when the entry has a value of the variant's name (a withdrawal
 * with a reason, checks some of which failed); its {@code {0}}, {@code {1}}, ... are the entry's
 * {@link HistoryArguments} named here, in this order. A new kind is a constant here and its texts
 * in the three bundles.
 */
public enum HistoryNote {
  DRAFT_CREATED(Application.DRAFT_CREATED, null),
  SUBMITTED(Application.SUBMITTED, null, "registrationNumber", "registrationDate", "dueDate"),
  WITHDRAWN(Application.WITHDRAWN, "reason", "reason"),
  FEE_ASSESSED("FeeAssessed", null, "amount", "currency"),
  FEE_CONFIRMED("FeeConfirmed", null),
  /** {@code duty}: what fee-service found (FeeRejected.Reason). */
  FEE_REJECTED("FeeRejected", null, "duty"),
  /** {@code failed}: the checks that failed (CheckResult.Check names), when any did. */
  VERIFICATION_COMPLETED("VerificationCompleted", "failed", "failed"),
  REVIEW_CASE_OPENED("ReviewCaseOpened", null),
  REVIEW_OVERDUE("ReviewOverdue", null, "dueAt"),
  PRELIMINARY_REFUSAL("PreliminaryRefusalNotified", null, "grounds", "answerBy"),
  HEARING_ANSWERED("HearingAnswered", null, "documents"),
  HEARING_LAPSED("HearingLapsed", null, "answerBy"),
  PERMIT_ISSUED("PermitIssued", null, "permitNumber"),
  REFUSED("ApplicationRefused", null, "grounds"),
  /**
   * {@code duty}: what fee-service found; none for an application not accepted before it was kept.
   */
  NOT_ACCEPTED("ApplicationNotAccepted", null, "duty"),
  PERMIT_CANCELLED("PermitCancelled", null, "permitNumber", "reason"),
  PERMIT_ENDORSED("PermitEndorsed", null, "permitNumber", "endorsedOn", "borderCrossing"),
  /** {@code refused}: present when the importing country refused the import. */
  PERMIT_IMPORT_CONFIRMED(
      "PermitImportConfirmed", "refused", "permitNumber", "importingCountry", "confirmedOn");

  private final String event;
  private final String variant;
  private final List<String> arguments;

  HistoryNote(String event, String variant, String... arguments) {
    this.event = event;
    this.variant = variant;
    this.arguments = List.of(arguments);
  }

  /** The kind of an entry's {@code event}, if it is one of ours. */
  public static Optional<HistoryNote> of(String event) {
    return Arrays.stream(values()).filter(n -> n.event.equals(event)).findFirst();
  }

  /** The event kind as the history records it ({@code FeeAssessed}, {@code DraftCreated}, ...). */
  public String event() {
    return event;
  }

  /**
   * The names of the arguments the text of an entry with {@code values} takes, in the order of
   * {@code {0}}, {@code {1}}, ...: without the variant's when the entry has none.
   */
  public List<String> arguments(HistoryArguments values) {
    return variant != null && values.get(variant) == null
        ? arguments.stream().filter(a -> !a.equals(variant)).toList()
        : arguments;
  }

  /** The bundle key of the note of an entry with {@code values}. */
  public String textKey(HistoryArguments values) {
    String key = "history." + event;
    return variant != null && values.get(variant) != null ? key + "." + variant : key;
  }

  /** Every key its texts may have, for the bundle tests. */
  public List<String> textKeys() {
    String key = "history." + event;
    return variant == null ? List.of(key) : List.of(key, key + "." + variant);
  }
}

package kz.cites.application.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.cites.calendar.ServiceTerm;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalGround;
import org.junit.jupiter.api.Test;

class ApplicationStatusFlowTest {

  private static final Instant NOW = Instant.parse("2026-03-20T05:00:00Z");
  private static final Caller OWNER = new Caller("811201401188", null, false);

  @Test
  void statusOnlyMovesForwardAndEachEventKindIsRecordedOnce() {
    Application application = submitted();

    application.progress(
        ApplicationStatus.IN_REVIEW, "ReviewCaseOpened", NOW, HistoryArguments.none(), NOW);
    boolean lateFee =
        application.progress(
            ApplicationStatus.IN_VERIFICATION, "FeeAssessed", NOW, HistoryArguments.none(), NOW);
    boolean repeatedFee =
        application.progress(
            ApplicationStatus.IN_VERIFICATION, "FeeAssessed", NOW, HistoryArguments.none(), NOW);

    assertThat(application.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    assertThat(lateFee).isTrue();
    assertThat(repeatedFee).isFalse();
    assertThat(application.history())
        .extracting(HistoryEntry::event)
        .containsExactly("DraftCreated", "ApplicationSubmitted", "ReviewCaseOpened", "FeeAssessed");
  }

  @Test
  void theFirstDecisionIsFinal() {
    Application application = submitted();

    application.refuse(
        List.of(RefusalGround.COURT_BAN),
        "A court ban is in force",
        null,
        "ApplicationRefused",
        NOW,
        NOW);
    application.issue("26KZ000001", "PermitIssued", NOW, NOW);

    assertThat(application.status()).isEqualTo(ApplicationStatus.REFUSED);
    assertThat(application.permitNumber()).isNull();
    assertThat(application.refusalGrounds()).containsExactly(RefusalGround.COURT_BAN);
    // an officer's reason reads the same in every language
    assertThat(application.refusalReasonIn("kk")).isEqualTo("A court ban is in force");
  }

  @Test
  void anAutomaticRefusalIsReadInTheReadersLanguageAndTheHistoryKeepsItsCodes() {
    Application application = submitted();

    application.refuse(
        List.of(RefusalGround.COURT_BAN, RefusalGround.UNRELIABLE_DATA),
        "Ground 3: ...",
        new LocalizedText("3-негіз: ...", "Основание 3: ...", "Ground 3: ..."),
        "ApplicationRefused",
        NOW,
        NOW);

    assertThat(application.refusalReasonIn("kk")).isEqualTo("3-негіз: ...");
    assertThat(application.refusalReasonIn("ru")).isEqualTo("Основание 3: ...");
    assertThat(application.history().getLast().arguments().get("grounds"))
        .isEqualTo("COURT_BAN,UNRELIABLE_DATA");
    assertThat(application.history().getFirst().arguments().values()).isEmpty();
    assertThat(application.history().get(1).arguments().values())
        .containsEntry("registrationNumber", "CITES-2026-000001")
        .containsEntry("registrationDate", "2026-03-20")
        .containsEntry("dueDate", "2026-03-26");
  }

  @Test
  void historyIsInTimeOrderAndStableForEqualTimes() {
    Application application = submitted();

    application.progress(
        ApplicationStatus.IN_REVIEW,
        "ReviewCaseOpened",
        NOW.plusSeconds(20),
        HistoryArguments.none(),
        NOW);
    application.progress(
        ApplicationStatus.IN_VERIFICATION,
        "FeeAssessed",
        NOW.plusSeconds(10),
        HistoryArguments.none(),
        NOW);
    application.progress(null, "FeeConfirmed", NOW.plusSeconds(10), HistoryArguments.none(), NOW);

    assertThat(application.history())
        .extracting(HistoryEntry::event)
        .containsExactly(
            "DraftCreated",
            "ApplicationSubmitted",
            "FeeAssessed",
            "FeeConfirmed",
            "ReviewCaseOpened");
  }

  @Test
  void aWithdrawnApplicationIsClosedToLaterEvents() {
    Application application = submitted();
    application.withdraw("changed plans", NOW);

    application.issue("26KZ000001", "PermitIssued", NOW, NOW);
    application.progress(
        ApplicationStatus.IN_REVIEW, "ReviewCaseOpened", NOW, HistoryArguments.none(), NOW);

    assertThat(application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(application.permitNumber()).isNull();
    assertThat(application.history()).extracting(HistoryEntry::event).contains("PermitIssued");
    assertThatThrownBy(() -> application.withdraw(null, NOW))
        .extracting(e -> ((IntakeRuleViolation) e).rule())
        .isEqualTo(IntakeRuleViolation.Rule.WITHDRAWN);
    Application issued = submitted();
    issued.issue("26KZ000002", "PermitIssued", NOW, NOW);
    assertThatThrownBy(() -> issued.withdraw(null, NOW))
        .extracting(e -> ((IntakeRuleViolation) e).rule())
        .isEqualTo(IntakeRuleViolation.Rule.ALREADY_DECIDED);
  }

  @Test
  void onlyADraftIsSubmittedOrChanged() {
    Application application = submitted();

    assertThatThrownBy(application::requireSubmittable)
        .isInstanceOf(IntakeRuleViolation.class)
        .extracting(e -> ((IntakeRuleViolation) e).rule())
        .isEqualTo(IntakeRuleViolation.Rule.ALREADY_SUBMITTED);
    assertThatThrownBy(() -> application.replaceContent(application.content(), NOW))
        .isInstanceOf(IntakeRuleViolation.class)
        .extracting(e -> ((IntakeRuleViolation) e).rule())
        .isEqualTo(IntakeRuleViolation.Rule.NOT_A_DRAFT);
  }

  /**
   * Not stored yet, it has no version: new for Spring Data, which inserts it without looking it up
   * and asks the application itself, not the version field through a bean wrapper.
   */
  @Test
  void anApplicationNotStoredYetIsNew() {
    assertThat(submitted().isNew()).isTrue();
  }

  private static Application submitted() {
    var content =
        new ApplicationContent(
            "EXPORT",
            new ApplicationContent.Applicant(
                "INDIVIDUAL", OWNER.iin(), null, "Aidar", "Almaty", null, null),
            "P",
            new ApplicationContent.Party("Buyer", "Berlin", "DE"),
            List.of(
                new ApplicationContent.Specimen(
                    "Falco cherrug",
                    "LIV",
                    BigDecimal.ONE,
                    null,
                    "C",
                    "KZ",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "II")),
            null,
            true);
    Application application = Application.draft(OWNER, content, NOW);
    application.register(
        "CITES-2026-000001",
        NOW,
        new ServiceTerm.Term(
            LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 26), NOW.plusSeconds(86_400)),
        null);
    return application;
  }
}

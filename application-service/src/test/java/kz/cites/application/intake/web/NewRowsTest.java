package kz.cites.application.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.application.cabinet.domain.Notification;
import kz.cites.application.cabinet.domain.NotificationKind;
import kz.cites.application.cabinet.domain.NotificationRepository;
import kz.cites.application.intake.domain.ApplicationRepository;
import kz.cites.application.intake.domain.Hearing;
import kz.cites.application.intake.domain.HearingRepository;
import kz.cites.events.RefusalGround;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows whose id is made here are stored with one insert, and saved again they are updated. Spring
 * Data either persists an entity (an insert at flush) or merges it; a merge looks the id up first
 * and answers a managed copy, leaving the argument detached. So {@code save} answering the very
 * entity it was given, now managed, shows that no look-up was made.
 */
class NewRowsTest extends IntakeApiTest {

  private static final Duration DAY = Duration.ofDays(1);

  @Autowired EntityManager entityManager;
  @Autowired HearingRepository hearings;
  @Autowired NotificationRepository notifications;
  @Autowired ApplicationRepository applications;

  @Test
  void aNewHearingIsInsertedWithoutALookUpAndUpdatedWhenSavedAgain() throws Exception {
    UUID applicationId = idOf(created(Drafts.export()));
    Hearing hearing =
        new Hearing(
            UUID.randomUUID(),
            applicationId,
            List.of(RefusalGround.COURT_BAN),
            "A ban of the court",
            null,
            false,
            NOW,
            null,
            null,
            NOW.plus(DAY),
            NOW.plus(DAY.multipliedBy(2)));
    inTransaction(
        () -> {
          assertThat(hearing.isNew()).isTrue();
          assertThat(hearings.save(hearing)).isSameAs(hearing);
          assertThat(entityManager.contains(hearing)).isTrue();
          entityManager.flush();
          assertThat(hearing.isNew()).isFalse();
          // stored, then changed and saved again: an update of the same row
          assertThat(hearing.lapse(NOW.plus(DAY.multipliedBy(3)))).isTrue();
          hearings.save(hearing);
        });

    inTransaction(
        () -> {
          Hearing loaded = hearings.findById(hearing.id()).orElseThrow();
          assertThat(loaded.isNew()).isFalse();
          assertThat(loaded.lapsedAt()).isEqualTo(NOW.plus(DAY.multipliedBy(3)));
        });
  }

  @Test
  void aNewNotificationIsInsertedWithoutALookUpAndALoadedOneIsUpdated() throws Exception {
    UUID applicationId = idOf(created(Drafts.export()));
    // a recipient of its own: the other tests read their applicants' cabinets
    Notification notification =
        new Notification(
                Party.person("870412300999"),
                applicationId,
                NotificationKind.SUBMISSION_REGISTERED,
                "CITES-2026-999901",
                NOW)
            .withDueDate(LocalDate.of(2026, 3, 26));
    inTransaction(
        () -> {
          assertThat(notifications.save(notification)).isSameAs(notification);
          assertThat(entityManager.contains(notification)).isTrue();
        });

    inTransaction(
        () -> {
          Notification loaded = notifications.findById(notification.id()).orElseThrow();
          assertThat(loaded.isNew()).isFalse();
          loaded.markRead(NOW.plus(DAY));
          notifications.save(loaded);
        });
    inTransaction(
        () ->
            assertThat(notifications.findById(notification.id()).orElseThrow().readAt())
                .isEqualTo(NOW.plus(DAY)));
  }

  /** A stored application has a version, so Spring Data takes it for an existing row. */
  @Test
  void aStoredApplicationIsNotNew() throws Exception {
    UUID applicationId = idOf(created(Drafts.export()));
    inTransaction(
        () -> assertThat(applications.findById(applicationId).orElseThrow().isNew()).isFalse());
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }
}

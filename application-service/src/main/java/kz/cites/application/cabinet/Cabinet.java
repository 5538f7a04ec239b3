package kz.cites.application.cabinet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.application.cabinet.domain.Notification;
import kz.cites.application.cabinet.domain.NotificationKind;
import kz.cites.application.cabinet.domain.NotificationRepository;
import kz.cites.events.FeeRejected;
import kz.cites.events.RefusalGround;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's personal cabinet. Notifications are written by the status changes themselves,
 * inside their transaction ({@link Propagation#MANDATORY}): a change without its notification, or a
 * notification of a change that was rolled back, cannot happen. A notification keeps its kind and
 * the values its text names; the text is written when it is read, in the reader's language.
 */
@Service
public class Cabinet {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("seq"));

  private final NotificationRepository notifications;
  private final Clock clock;

  Cabinet(NotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void submissionRegistered(
      String iin, UUID applicationId, String registrationNumber, LocalDate dueDate) {
    notifications.save(
        notification(iin, applicationId, NotificationKind.SUBMISSION_REGISTERED, registrationNumber)
            .withDueDate(dueDate));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void permitIssued(
      String iin, UUID applicationId, String registrationNumber, String permitNumber) {
    notifications.save(
        notification(iin, applicationId, NotificationKind.PERMIT_ISSUED, registrationNumber)
            .withPermitNumber(permitNumber));
  }

  /**
   * The preliminary decision to refuse: the grounds, the explanation, how the hearing is held and
   * until when the applicant may state a position.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void hearingNotified(
      String iin,
      UUID applicationId,
      String registrationNumber,
      List<RefusalGround> grounds,
      String reason,
      Instant answerBy,
      Instant meetingAt,
      String meetingPlace) {
    notifications.save(
        notification(iin, applicationId, NotificationKind.HEARING_NOTICE, registrationNumber)
            .withRefusalGrounds(grounds)
            .withReason(reason)
            .withAnswerBy(answerBy)
            .withArgument("meetingAt", meetingAt)
            .withArgument("meetingPlace", meetingPlace));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void applicationRefused(
      String iin,
      UUID applicationId,
      String registrationNumber,
      List<RefusalGround> grounds,
      String reason) {
    notifications.save(
        notification(iin, applicationId, NotificationKind.APPLICATION_REFUSED, registrationNumber)
            .withRefusalGrounds(grounds)
            .withReason(reason));
  }

  /**
   * @param duty what fee-service found (unpaid, underpaid, paid by another); the text says it
   * @param reason the decision's own explanation, shown beside the text
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void applicationNotAccepted(
      String iin,
      UUID applicationId,
      String registrationNumber,
      FeeRejected.Reason duty,
      String reason) {
    notifications.save(
        notification(
                iin, applicationId, NotificationKind.APPLICATION_NOT_ACCEPTED, registrationNumber)
            .withArgument("duty", duty)
            .withReason(reason));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void permitCancelled(
      String iin,
      UUID applicationId,
      String registrationNumber,
      String permitNumber,
      String reason) {
    notifications.save(
        notification(iin, applicationId, NotificationKind.PERMIT_CANCELLED, registrationNumber)
            .withPermitNumber(permitNumber)
            .withReason(reason));
  }

  /** The withdrawal of an application, or of a draft ({@code registrationNumber} null). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void withdrawalConfirmed(
      String iin, UUID applicationId, String registrationNumber, String reason) {
    notifications.save(
        notification(iin, applicationId, NotificationKind.WITHDRAWAL_CONFIRMED, registrationNumber)
            .withReason(reason));
  }

  private Notification notification(
      String iin, UUID applicationId, NotificationKind kind, String registrationNumber) {
    return new Notification(iin, applicationId, kind, registrationNumber, clock.instant());
  }

  /** The recipient's notifications, newest first (unread ones only if asked). */
  @Transactional(readOnly = true)
  public Page<Notification> page(String iin, boolean unreadOnly, int page, int size) {
    PageRequest request = PageRequest.of(page, size, NEWEST_FIRST);
    return unreadOnly
        ? notifications.findByRecipientIinAndReadAtIsNull(iin, request)
        : notifications.findByRecipientIin(iin, request);
  }

  /** Marks the recipient's own notification read; another person's is as good as missing. */
  @Transactional
  public Optional<Notification> markRead(UUID id, String iin) {
    Optional<Notification> notification = notifications.findById(id).filter(n -> n.isFor(iin));
    notification.ifPresent(n -> n.markRead(clock.instant()));
    return notification;
  }
}

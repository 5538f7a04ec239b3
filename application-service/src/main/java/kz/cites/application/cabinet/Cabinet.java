package kz.cites.application.cabinet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.application.cabinet.domain.Notification;
import kz.cites.application.cabinet.domain.NotificationKind;
import kz.cites.application.cabinet.domain.NotificationRepository;
import kz.cites.events.FeeRejected;
import kz.cites.events.LocalizedText;
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
      Party recipient, UUID applicationId, String registrationNumber, LocalDate dueDate) {
    notifications.save(
        notification(
                recipient,
                applicationId,
                NotificationKind.SUBMISSION_REGISTERED,
                registrationNumber)
            .withDueDate(dueDate));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void permitIssued(
      Party recipient, UUID applicationId, String registrationNumber, String permitNumber) {
    notifications.save(
        notification(recipient, applicationId, NotificationKind.PERMIT_ISSUED, registrationNumber)
            .withPermitNumber(permitNumber));
  }

  /**
   * The preliminary decision to refuse: the grounds, the explanation, how the hearing is held and
   * until when the applicant may state a position.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void hearingNotified(
      Party recipient,
      UUID applicationId,
      String registrationNumber,
      List<RefusalGround> grounds,
      String reason,
      LocalizedText explanation,
      Instant answerBy,
      Instant meetingAt,
      String meetingPlace) {
    notifications.save(
        notification(recipient, applicationId, NotificationKind.HEARING_NOTICE, registrationNumber)
            .withRefusalGrounds(grounds)
            .withReason(reason, explanation)
            .withAnswerBy(answerBy)
            .withArgument("meetingAt", meetingAt)
            .withArgument("meetingPlace", meetingPlace));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void applicationRefused(
      Party recipient,
      UUID applicationId,
      String registrationNumber,
      List<RefusalGround> grounds,
      String reason,
      LocalizedText explanation) {
    notifications.save(
        notification(
                recipient, applicationId, NotificationKind.APPLICATION_REFUSED, registrationNumber)
            .withRefusalGrounds(grounds)
            .withReason(reason, explanation));
  }

  /**
   * @param duty what fee-service found (unpaid, underpaid, paid by another); the text says it
   * @param reason the decision's own explanation, shown beside the text
   * @param explanation that explanation in every language, when it was written so
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void applicationNotAccepted(
      Party recipient,
      UUID applicationId,
      String registrationNumber,
      FeeRejected.Reason duty,
      String reason,
      LocalizedText explanation) {
    notifications.save(
        notification(
                recipient,
                applicationId,
                NotificationKind.APPLICATION_NOT_ACCEPTED,
                registrationNumber)
            .withArgument("duty", duty)
            .withReason(reason, explanation));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void permitCancelled(
      Party recipient,
      UUID applicationId,
      String registrationNumber,
      String permitNumber,
      String reason) {
    notifications.save(
        notification(
                recipient, applicationId, NotificationKind.PERMIT_CANCELLED, registrationNumber)
            .withPermitNumber(permitNumber)
            .withReason(reason));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void permitEndorsed(
      Party recipient,
      UUID applicationId,
      String registrationNumber,
      String permitNumber,
      java.time.LocalDate endorsedOn,
      String borderCrossing) {
    notifications.save(
        notification(recipient, applicationId, NotificationKind.PERMIT_ENDORSED, registrationNumber)
            .withPermitNumber(permitNumber)
            .withArgument("endorsedOn", endorsedOn)
            .withArgument("borderCrossing", borderCrossing));
  }

  /** The withdrawal of an application, or of a draft ({@code registrationNumber} null). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void withdrawalConfirmed(
      Party recipient, UUID applicationId, String registrationNumber, String reason) {
    notifications.save(
        notification(
                recipient, applicationId, NotificationKind.WITHDRAWAL_CONFIRMED, registrationNumber)
            .withReason(reason));
  }

  private Notification notification(
      Party recipient, UUID applicationId, NotificationKind kind, String registrationNumber) {
    return new Notification(recipient, applicationId, kind, registrationNumber, clock.instant());
  }

  /**
   * The notifications the caller sees, newest first (unread ones only if asked): acting for a
   * company the company's, whoever of its people filed; signed in alone the person's own ({@link
   * Party#mayAccess}).
   */
  @Transactional(readOnly = true)
  public Page<Notification> page(Party caller, boolean unreadOnly, int page, int size) {
    PageRequest request = PageRequest.of(page, size, NEWEST_FIRST);
    if (caller.isCompany()) {
      return unreadOnly
          ? notifications.findByRecipientBinAndReadAtIsNull(caller.bin(), request)
          : notifications.findByRecipientBin(caller.bin(), request);
    }
    return unreadOnly
        ? notifications.findByRecipientIinAndRecipientBinIsNullAndReadAtIsNull(
            caller.iin(), request)
        : notifications.findByRecipientIinAndRecipientBinIsNull(caller.iin(), request);
  }

  /** Marks a notification the caller sees read; any other is as good as missing. */
  @Transactional
  public Optional<Notification> markRead(UUID id, Party caller) {
    Optional<Notification> notification =
        notifications.findById(id).filter(n -> caller.mayAccess(n.recipient()));
    notification.ifPresent(n -> n.markRead(clock.instant()));
    return notification;
  }
}

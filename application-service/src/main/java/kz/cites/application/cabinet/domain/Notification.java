package kz.cites.application.cabinet.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.events.RefusalGround;

/**
 * One message in an applicant's personal cabinet. Besides the plain-language text it keeps the
 * {@link NotificationKind} and the data the text names, so that the portal can render it in Kazakh
 * or Russian.
 */
@Entity
@Table(name = "notification")
public class Notification {

  @Id private UUID id;

  /** Database order of insertion: notifications of one instant are still ordered. */
  @Column(name = "seq", insertable = false, updatable = false)
  private Long seq;

  /** Who filed the application: the person, and the company when they acted for one. */
  @Column(name = "recipient_iin", nullable = false)
  private String recipientIin;

  /** The company the application was filed for; its people acting for it see the notification. */
  @Column(name = "recipient_bin")
  private String recipientBin;

  @Column(name = "application_id", nullable = false)
  private UUID applicationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private NotificationKind kind;

  @Column(name = "message", nullable = false)
  private String message;

  @Column(name = "registration_number")
  private String registrationNumber;

  @Column(name = "permit_number")
  private String permitNumber;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "refusal_grounds")
  private String refusalGrounds;

  @Column(name = "reason")
  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "answer_by")
  private Instant answerBy;

  protected Notification() {}

  public Notification(
      Party recipient,
      UUID applicationId,
      NotificationKind kind,
      String message,
      String registrationNumber,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.recipientIin = recipient.iin();
    this.recipientBin = recipient.bin();
    this.applicationId = applicationId;
    this.kind = kind;
    this.message = message;
    this.registrationNumber = registrationNumber;
    this.createdAt = createdAt;
  }

  public Notification withPermitNumber(String number) {
    permitNumber = number;
    return this;
  }

  public Notification withDueDate(LocalDate date) {
    dueDate = date;
    return this;
  }

  public Notification withRefusalGrounds(List<RefusalGround> grounds) {
    refusalGrounds = RefusalGround.joined(grounds);
    return this;
  }

  public Notification withReason(String text) {
    reason = text;
    return this;
  }

  public Notification withAnswerBy(Instant deadline) {
    answerBy = deadline;
    return this;
  }

  public Instant answerBy() {
    return answerBy;
  }

  /** The first reading counts; reading again changes nothing. */
  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  /** Whom the application it tells of was filed for. */
  public Party recipient() {
    return new Party(recipientIin, recipientBin);
  }

  public UUID id() {
    return id;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public NotificationKind kind() {
    return kind;
  }

  public String message() {
    return message;
  }

  public String registrationNumber() {
    return registrationNumber;
  }

  public String permitNumber() {
    return permitNumber;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public List<RefusalGround> refusalGrounds() {
    return RefusalGround.parseJoined(refusalGrounds);
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }
}

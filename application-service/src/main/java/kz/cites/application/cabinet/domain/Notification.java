package kz.cites.application.cabinet.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.events.LocalizedText;
import kz.cites.events.RefusalGround;
import kz.cites.jpa.NewRowEntity;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One message in an applicant's personal cabinet: its {@link NotificationKind} and the values its
 * text names ({@link NotificationArguments}), never a sentence of one language; the text is written
 * when it is read, in the reader's language. The values the API shows on their own (registration
 * and permit number, due date, grounds, reason) are columns of their own as well.
 */
@Entity
@Table(name = "notification")
public class Notification extends NewRowEntity {

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

  @Column(name = "arguments", nullable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private NotificationArguments arguments = NotificationArguments.none();

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
      String registrationNumber,
      Instant createdAt) {
    super(UUID.randomUUID());
    this.recipientIin = recipient.iin();
    this.recipientBin = recipient.bin();
    this.applicationId = applicationId;
    this.kind = kind;
    this.registrationNumber = registrationNumber;
    this.arguments = NotificationArguments.none().with("registrationNumber", registrationNumber);
    this.createdAt = createdAt;
  }

  public Notification withPermitNumber(String number) {
    permitNumber = number;
    return withArgument("permitNumber", number);
  }

  public Notification withDueDate(LocalDate date) {
    dueDate = date;
    return withArgument("dueDate", date);
  }

  public Notification withRefusalGrounds(List<RefusalGround> grounds) {
    refusalGrounds = RefusalGround.joined(grounds);
    return withArgument("grounds", refusalGrounds);
  }

  public Notification withReason(String text) {
    reason = text;
    return withArgument("reason", text);
  }

  /**
   * The reason, and when it was written in every language ({@code explanation}, else null) those
   * texts too: arguments {@code reason.kk}, {@code reason.ru}, {@code reason.en}, of which the
   * reader's is shown.
   */
  public Notification withReason(String text, LocalizedText explanation) {
    withReason(text);
    if (explanation != null) {
      explanation.byLanguage().forEach((language, t) -> withArgument("reason." + language, t));
    }
    return this;
  }

  /** A further value its text names (a date as yyyy-mm-dd, a code by its name). */
  public Notification withArgument(String name, Object value) {
    arguments = arguments.with(name, value);
    return this;
  }

  public Notification withAnswerBy(Instant deadline) {
    answerBy = deadline;
    return withArgument("answerBy", deadline);
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

  public UUID applicationId() {
    return applicationId;
  }

  public NotificationKind kind() {
    return kind;
  }

  /** The values its text names. */
  public NotificationArguments arguments() {
    return arguments;
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

  /** The reason in {@code language}: its text in that language when kept, else the one reason. */
  public String reasonIn(String language) {
    String written = arguments.get("reason." + language);
    return written != null ? written : reason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }
}

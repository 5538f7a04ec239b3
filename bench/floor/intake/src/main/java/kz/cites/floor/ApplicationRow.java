package kz.cites.floor;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * The columns bench/pgbench/two-inserts.sql.template writes, mapped as application-service's
 * Application maps them (the content through a Jackson converter into jsonb, an optimistic version:
 * a new entity has none, so Spring Data persists instead of merging).
 */
@Entity
@Table(name = "application")
class ApplicationRow {

  @Id private UUID id;

  @Version private Long version;

  @Column(name = "owner_iin", nullable = false)
  private String ownerIin;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "content", nullable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  @Convert(converter = ContentConverter.class)
  private Submission.Content content;

  @Column(name = "registration_number")
  private String registrationNumber;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "registration_date")
  private LocalDate registrationDate;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "submission_key")
  private String submissionKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ApplicationRow() {}

  ApplicationRow(Registration r, Submission.Content content) {
    this.id = r.applicationId();
    this.ownerIin = r.ownerIin();
    this.status = "SUBMITTED";
    this.content = content;
    this.registrationNumber = r.registrationNumber();
    this.registeredAt = r.at();
    this.registrationDate = r.date();
    this.dueDate = r.dueDate();
    this.dueAt = r.dueAt();
    this.createdAt = r.at();
    this.updatedAt = r.at();
  }
}

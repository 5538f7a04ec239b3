package kz.cites.permit.permits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import kz.cites.events.PermitType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An issued permit (or re-export certificate): one per application. */
@Entity
@Table(name = "permit")
public class Permit {

  @Id private UUID id;

  private String number;

  @Column(name = "application_id")
  private UUID applicationId;

  @Column(name = "registration_number")
  private String registrationNumber;

  @Enumerated(EnumType.STRING)
  private PermitType type;

  @Enumerated(EnumType.STRING)
  private PermitStatus status;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "security_code")
  private String securityCode;

  @Column(name = "applicant_iin")
  private String applicantIin;

  @Column(name = "applicant_bin")
  private String applicantBin;

  /** The {@link PermitForm} as JSON. */
  @JdbcTypeCode(SqlTypes.JSON)
  private String form;

  protected Permit() {}

  public Permit(
      String number,
      UUID applicationId,
      String registrationNumber,
      PermitType type,
      Instant issuedAt,
      LocalDate validUntil,
      String securityCode,
      String applicantIin,
      String applicantBin,
      String formJson) {
    this.id = UUID.randomUUID();
    this.number = Objects.requireNonNull(number);
    this.applicationId = Objects.requireNonNull(applicationId);
    this.registrationNumber = registrationNumber;
    this.type = Objects.requireNonNull(type);
    this.status = PermitStatus.VALID;
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.validUntil = Objects.requireNonNull(validUntil);
    this.securityCode = Objects.requireNonNull(securityCode);
    this.applicantIin = applicantIin;
    this.applicantBin = applicantBin;
    this.form = Objects.requireNonNull(formJson);
  }

  /**
   * The holder is the applicant: the same person (IIN) or, for a company's application, anyone
   * acting for that company (BIN).
   */
  public boolean heldBy(String iin, String bin) {
    return (iin != null && iin.equals(applicantIin)) || (bin != null && bin.equals(applicantBin));
  }

  public UUID id() {
    return id;
  }

  public String number() {
    return number;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public String registrationNumber() {
    return registrationNumber;
  }

  public PermitType type() {
    return type;
  }

  public PermitStatus status() {
    return status;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public String securityCode() {
    return securityCode;
  }

  public String formJson() {
    return form;
  }
}

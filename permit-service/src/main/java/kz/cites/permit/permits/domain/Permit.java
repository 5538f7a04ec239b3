package kz.cites.permit.permits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import kz.cites.access.Party;
import kz.cites.calendar.Kazakhstan;
import kz.cites.events.PermitType;
import kz.cites.jpa.NewRowEntity;
import org.hibernate.annotations.ColumnTransformer;

/** An issued permit (or re-export certificate): one per application. */
@Entity
@Table(name = "permit")
public class Permit extends NewRowEntity {

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

  /** The form boxes taken from the application (jsonb). */
  @Column(name = "form", nullable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private PermitForm form;

  /** Box 5, as the approving officer wrote it. */
  @Column(name = "special_conditions")
  private String specialConditions;

  /** The approving officer's IIN, or {@code system} under auto-approval. */
  @Column(name = "issued_by")
  private String issuedBy;

  /** The signed permit (compact JWS), made at issue. */
  private String document;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "cancellation_reason")
  private String cancellationReason;

  /** Box 14, once customs endorsed the permit at the border (jsonb). */
  @Column(name = "endorsement", columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private Endorsement endorsement;

  /** The endorsement as signed: a compact JWS. */
  @Column(name = "endorsement_document")
  private String endorsementDocument;

  /** The importing country's confirmation of the import, once it was given (jsonb). */
  @Column(name = "import_confirmation", columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  private ImportConfirmation importConfirmation;

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
      PermitForm form,
      String specialConditions,
      String issuedBy) {
    super(UUID.randomUUID());
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
    this.form = Objects.requireNonNull(form);
    this.specialConditions = specialConditions;
    this.issuedBy = Objects.requireNonNull(issuedBy);
  }

  /** Keeps the signed document made of this permit at issue. */
  public void attachDocument(String signedDocument) {
    this.document = Objects.requireNonNull(signedDocument);
  }

  /**
   * The status at {@code now}: a valid permit whose last day has passed in Kazakhstan reads as
   * expired (it is never stored so).
   */
  public PermitStatus statusAt(Instant now) {
    return status == PermitStatus.VALID
            && validUntil.isBefore(LocalDate.ofInstant(now, Kazakhstan.ZONE))
        ? PermitStatus.EXPIRED
        : status;
  }

  /**
   * Cancels a permit that is still valid at {@code now}; an expired, used or cancelled permit
   * cannot be cancelled (there is nothing left to stop).
   */
  public void cancel(String officer, String reason, Instant now) {
    PermitStatus current = statusAt(now);
    if (current != PermitStatus.VALID) {
      throw new IllegalStateException("Permit " + number + " is " + current);
    }
    this.status = PermitStatus.CANCELLED;
    this.cancelledBy = Objects.requireNonNull(officer);
    this.cancellationReason = Objects.requireNonNull(reason);
    this.cancelledAt = now;
  }

  /**
   * Records the customs endorsement of a permit still valid at {@code now}: the permit covered its
   * one consignment and is {@code USED} from now on.
   */
  public void endorse(Endorsement endorsement, String signedDocument, Instant now) {
    PermitStatus current = statusAt(now);
    if (current != PermitStatus.VALID) {
      throw new IllegalStateException("Permit " + number + " is " + current);
    }
    this.status = PermitStatus.USED;
    this.endorsement = Objects.requireNonNull(endorsement);
    this.endorsementDocument = Objects.requireNonNull(signedDocument);
  }

  /**
   * True when the importer (box 3) is in {@code country}: the permit is addressed to that country's
   * authority, the only partner that may read it in the exchange or confirm its import.
   */
  public boolean isAddressedTo(String country) {
    return country != null
        && form.importer() != null
        && country.equalsIgnoreCase(form.importer().countryCode());
  }

  /**
   * Records the importing country's answer. Once only: the consignment arrived once; the status is
   * left as it is (the export side's state is customs' to change).
   */
  public void confirmImport(ImportConfirmation confirmation) {
    if (importConfirmation != null) {
      throw new IllegalStateException("Import of permit " + number + " already confirmed");
    }
    if (!isAddressedTo(confirmation.country())) {
      throw new IllegalArgumentException("Permit " + number + " is not addressed there");
    }
    this.importConfirmation = confirmation;
  }

  public ImportConfirmation importConfirmation() {
    return importConfirmation;
  }

  public Endorsement endorsement() {
    return endorsement;
  }

  public String endorsementDocument() {
    return endorsementDocument;
  }

  /**
   * The holder is whom the application was filed for: the company (its BIN) or the person. Who may
   * see the permit follows {@link Party#mayAccess}: a company's head and attorneys signed in for
   * it, or the person signed in alone.
   */
  public Party holder() {
    return new Party(applicantIin, applicantBin);
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

  public PermitForm form() {
    return form;
  }

  public String specialConditions() {
    return specialConditions;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public String document() {
    return document;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public String cancelledBy() {
    return cancelledBy;
  }

  public String cancellationReason() {
    return cancellationReason;
  }

  /** Compares in constant time, so response timing does not leak how much of a guess was right. */
  public boolean hasSecurityCode(String code) {
    return code != null
        && java.security.MessageDigest.isEqual(
            securityCode.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            code.trim()
                .toUpperCase(java.util.Locale.ROOT)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}

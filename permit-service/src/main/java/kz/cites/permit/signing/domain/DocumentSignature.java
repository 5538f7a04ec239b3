package kz.cites.permit.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import kz.cites.jpa.NewRowEntity;

/**
 * The signatory's detached CMS of one signed document of an application (its permit, its refusal)
 * and who signed it. The JWS stays with the document's owner (the permit, the review case); both
 * are over the same canonical bytes.
 */
@Entity
@Table(name = "document_signature")
public class DocumentSignature extends NewRowEntity {

  @Column(name = "application_id")
  private UUID applicationId;

  /** The JWS {@code typ} of the document, e.g. {@code cites-permit+json}. */
  @Column(name = "document_type")
  private String documentType;

  private byte[] cms;

  @Enumerated(EnumType.STRING)
  @Column(name = "signer_role")
  private Signer.Role signerRole;

  @Column(name = "signer_name")
  private String signerName;

  @Column(name = "signer_iin")
  private String signerIin;

  @Column(name = "signer_bin")
  private String signerBin;

  @Column(name = "certificate_serial")
  private String certificateSerial;

  @Column(name = "signed_at")
  private Instant signedAt;

  protected DocumentSignature() {}

  public DocumentSignature(UUID applicationId, String documentType, byte[] cms, Signer signer) {
    super(UUID.randomUUID());
    this.applicationId = Objects.requireNonNull(applicationId);
    this.documentType = Objects.requireNonNull(documentType);
    this.cms = cms.clone();
    this.signerRole = signer.role();
    this.signerName = signer.name();
    this.signerIin = signer.iin();
    this.signerBin = signer.bin();
    this.certificateSerial = signer.certificateSerial();
    this.signedAt = signer.signedAt();
  }

  public UUID applicationId() {
    return applicationId;
  }

  public String documentType() {
    return documentType;
  }

  /** The DER detached CMS. */
  public byte[] cms() {
    return cms.clone();
  }

  public Signer signer() {
    return new Signer(signerRole, signerName, signerIin, signerBin, certificateSerial, signedAt);
  }
}

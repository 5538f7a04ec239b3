package kz.cites.permit.signing.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentSignatureRepository extends JpaRepository<DocumentSignature, UUID> {

  Optional<DocumentSignature> findByApplicationIdAndDocumentType(
      UUID applicationId, String documentType);
}

package kz.cites.application.intake.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the documents' bytes live (PostgreSQL). */
public interface DocumentStore {

  void save(ApplicationDocument document, byte[] content);

  /** The documents of an application, oldest first, without their bytes. */
  List<ApplicationDocument> list(UUID applicationId);

  Optional<StoredFile> content(UUID applicationId, UUID documentId);

  record StoredFile(ApplicationDocument document, byte[] content) {}
}

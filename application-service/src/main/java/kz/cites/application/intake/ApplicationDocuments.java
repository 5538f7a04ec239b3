package kz.cites.application.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationDocument;
import kz.cites.application.intake.domain.ApplicationRepository;
import kz.cites.application.intake.domain.ApplicationStatus;
import kz.cites.application.intake.domain.Caller;
import kz.cites.application.intake.domain.DocumentFormat;
import kz.cites.application.intake.domain.DocumentStore;
import kz.cites.application.intake.domain.DocumentType;
import kz.cites.application.intake.domain.IntakeRuleViolation;
import kz.cites.application.intake.domain.IntakeRuleViolation.Rule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents of a draft, and of a position stated in an open hearing: uploaded by its owner (format
 * recognised from the bytes, SHA-256 kept), read by the owner and the authority's staff. The size
 * cap is enforced by the web layer before the body is read.
 */
@Service
public class ApplicationDocuments {

  private static final int MAX_FILE_NAME = 200;

  private final ApplicationRepository applications;
  private final DocumentStore store;
  private final Hearings hearings;
  private final Clock clock;

  ApplicationDocuments(
      ApplicationRepository applications, DocumentStore store, Hearings hearings, Clock clock) {
    this.applications = applications;
    this.store = store;
    this.hearings = hearings;
    this.clock = clock;
  }

  @Transactional
  public ApplicationDocument upload(
      UUID applicationId, Caller caller, DocumentType type, String fileName, byte[] content) {
    Application application =
        applications
            .findForUpdate(applicationId)
            .filter(a -> a.isOwnedBy(caller))
            .orElseThrow(() -> notFound("application", applicationId));
    if (application.status() == ApplicationStatus.HEARING) {
      // the position in a hearing may come with documents, uploaded like any other
      if (!hearings.takesDocuments(application)) {
        throw new IntakeRuleViolation(Rule.NO_OPEN_HEARING, null, "ended", applicationId)
            .with("applicationStatus", application.status());
      }
    } else {
      application.requireDraft();
    }
    if (content.length == 0) {
      throw new IntakeRuleViolation(Rule.EMPTY_DOCUMENT, "file", "empty");
    }
    DocumentFormat format =
        DocumentFormat.of(content)
            .orElseThrow(
                () -> new IntakeRuleViolation(Rule.UNSUPPORTED_DOCUMENT, "file", "format"));
    ApplicationDocument document =
        new ApplicationDocument(
            UUID.randomUUID(),
            applicationId,
            type,
            format.mediaType(),
            content.length,
            sha256(content),
            displayName(fileName),
            clock.instant());
    store.save(document, content);
    return document;
  }

  @Transactional(readOnly = true)
  public DocumentStore.StoredFile download(UUID applicationId, UUID documentId, Caller caller) {
    applications
        .findById(applicationId)
        .filter(a -> a.isVisibleTo(caller))
        .orElseThrow(() -> notFound("application", applicationId));
    return store
        .content(applicationId, documentId)
        .orElseThrow(() -> notFound("document", documentId));
  }

  /** The client's file name is kept for display only: last path segment, printable, short. */
  static String displayName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.isEmpty()) {
      return null;
    }
    return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code what}: the name of the detail, {@code application} or {@code document}. */
  private static IntakeRuleViolation notFound(String what, UUID id) {
    return new IntakeRuleViolation(Rule.NOT_FOUND, null, what, id);
  }
}

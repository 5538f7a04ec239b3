package kz.cites.application.intake;

import java.util.List;
import java.util.UUID;
import kz.cites.application.intake.domain.Application;
import kz.cites.application.intake.domain.ApplicationDocument;
import kz.cites.application.intake.domain.Caller;
import kz.cites.application.intake.domain.DocumentStore;
import kz.cites.application.intake.domain.Hearing;
import kz.cites.application.intake.domain.RequiredDocuments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an application's own page shows: the application with its history, its documents, what it
 * still needs, and its latest hearing, read together in one read-only transaction. It answers
 * {@code GET /applications/{id}} (the request a portal polling for the status makes more than any
 * other) and the creation, replacement and withdrawal that answer with the application. Each part
 * used to be read in a transaction of its own, four per read (issue 18).
 */
@Service
public class ApplicationDossiers {

  /**
   * @param hearing the latest hearing of a submitted application; {@code null} for a draft or one
   *     that had none
   */
  public record Dossier(
      Application application,
      List<ApplicationDocument> documents,
      List<RequiredDocuments.Requirement> requirements,
      Hearing hearing) {}

  private final ApplicationIntake intake;
  private final DocumentStore documents;
  private final Hearings hearings;

  ApplicationDossiers(ApplicationIntake intake, DocumentStore documents, Hearings hearings) {
    this.intake = intake;
    this.documents = documents;
    this.hearings = hearings;
  }

  /** The dossier of application {@code id}, if {@code caller} may see it (else 404). */
  @Transactional(readOnly = true)
  public Dossier of(UUID id, Caller caller) {
    return of(intake.find(id, caller));
  }

  /** The dossier of {@code application}, just read or written by the caller. */
  @Transactional(readOnly = true)
  public Dossier of(Application application) {
    List<ApplicationDocument> attached = documents.list(application.id());
    return new Dossier(
        application,
        attached,
        RequiredDocuments.of(application.content(), RequiredDocuments.typesOf(attached)),
        application.wasSubmitted() ? hearings.latest(application.id()).orElse(null) : null);
  }
}

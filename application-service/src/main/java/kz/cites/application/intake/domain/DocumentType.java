package kz.cites.application.intake.domain;

/** The kinds of document an application carries (architecture.md section 5). */
public enum DocumentType {
  CONTRACT,
  FOREIGN_EXPORT_PERMIT,
  FOREIGN_REEXPORT_CERTIFICATE,
  DESTINATION_IMPORT_PERMIT,
  SCIENTIFIC_OPINION,
  /**
   * A copy of a Kazakh hunting permit: never required (the permit's data come from the hunting
   * registry by its number), still accepted as an upload, e.g. from drafts made before.
   */
  HUNTING_PERMIT,
  OTHER
}

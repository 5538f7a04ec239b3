package kz.cites.application.intake.domain;

/** The kinds of document an application carries (architecture.md section 5). */
public enum DocumentType {
  CONTRACT,
  FOREIGN_EXPORT_PERMIT,
  FOREIGN_REEXPORT_CERTIFICATE,
  DESTINATION_IMPORT_PERMIT,
  SCIENTIFIC_OPINION,
  HUNTING_PERMIT,
  OTHER
}

package kz.cites.events;

/** The three kinds of document the authority issues (box 1 of the CITES form). */
public enum PermitType {
  IMPORT,
  EXPORT,
  RE_EXPORT
}

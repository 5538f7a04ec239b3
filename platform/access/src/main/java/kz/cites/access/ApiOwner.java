package kz.cites.access;

/** The service that serves a route and is the last to check it. */
public enum ApiOwner {
  APPLICATION,
  FEE,
  VERIFICATION,
  PERMIT
}

package kz.cites.permit.permits.web;

import kz.cites.permit.permits.domain.Permit;
import kz.cites.web.CurrentUser;

/**
 * Who may read a permit and what belongs to it: its holder (ADR 0009: a company's head and
 * attorneys signed in for it, a person signed in alone), the authority's staff and customs.
 */
final class PermitReaders {

  private PermitReaders() {}

  static boolean mayRead(CurrentUser caller, Permit permit) {
    return caller.isStaff()
        || caller.hasRole("CUSTOMS")
        || caller.party().mayAccess(permit.holder());
  }
}

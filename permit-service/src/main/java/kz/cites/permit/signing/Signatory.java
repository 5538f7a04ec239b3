package kz.cites.permit.signing;

/**
 * Who signs a result (domain.md section 5, "Who signs"): an officer's own NCA certificate when an
 * officer decides, the authority's organisation certificate (issued by the NCA to the Committee's
 * BIN) for an automatic result.
 */
public sealed interface Signatory {

  /** The actor as the audit trail and the case record it: an officer's IIN, or {@code system}. */
  String actor();

  /** The authority itself, for results the rules take without an officer. */
  static Signatory authority() {
    return new Authority();
  }

  /** The authority's organisation certificate signs. */
  record Authority() implements Signatory {
    @Override
    public String actor() {
      return "system";
    }
  }

  /**
   * The officer who decided signs with their own EDS; {@code accessToken} is the officer's bearer
   * token of the request, which the signing service needs to act for that officer and no other.
   * {@code name} is the officer's name as the identity provider's token gives it (from the
   * individuals registry), for box 13 of a permit; null when the token names nobody.
   */
  record Officer(String iin, String accessToken, String name) implements Signatory {

    /** An officer whose token carries no name. */
    public Officer(String iin, String accessToken) {
      this(iin, accessToken, null);
    }

    @Override
    public String actor() {
      return iin;
    }

    @Override
    public String toString() {
      return "Officer[iin=" + iin + "]"; // never the token
    }
  }
}

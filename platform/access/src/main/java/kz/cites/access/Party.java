package kz.cites.access;

/**
 * Whom a filing belongs to, and whom a signed-in applicant acts for: a company (its BIN; the person
 * acting for it beside it) or a person acting for themself (IIN, no BIN).
 *
 * <p>The one rule of company access, as on the e-government portal, where one signs in with the
 * company's key to act for it: a token carrying a BIN acts for that company (the identity provider
 * puts the BIN in only for the company's head and the attorneys the legal-entities registry lists),
 * and sees everything filed for the company, whoever of them filed it: applications, documents,
 * notifications, fees, permits and refusals. A token without a BIN is the person alone and sees
 * only what the person filed for themself, never a company's filings, not even those the person
 * filed for the company. Every service decides with {@link #mayAccess}; staff roles are the
 * services' own matter.
 *
 * @param iin the person: who filed, or who is signed in
 * @param bin the company acted for; {@code null} for a person acting for themself
 */
public record Party(String iin, String bin) {

  public Party {
    bin = bin == null || bin.isBlank() ? null : bin;
    if (iin == null && bin == null) {
      throw new IllegalArgumentException("a party is a person (IIN) or a company (BIN)");
    }
  }

  /** A person acting for themself. */
  public static Party person(String iin) {
    return new Party(iin, null);
  }

  /** The company {@code bin}, with {@code iin} the person acting for it. */
  public static Party company(String bin, String iin) {
    if (bin == null || bin.isBlank()) {
      throw new IllegalArgumentException("a company is named by its BIN");
    }
    return new Party(iin, bin);
  }

  public boolean isCompany() {
    return bin != null;
  }

  /**
   * The number a filing of this party is kept under: the company's BIN, else the person's IIN (the
   * payer of a duty is this). An IIN never equals a BIN: an IIN's fifth digit is the tens of the
   * day of birth (0-3), a BIN's the type of the entity (4-6).
   */
  public String id() {
    return isCompany() ? bin : iin;
  }

  /**
   * The rule: this party (the caller) may see and act on what {@code filer} filed when both are the
   * same company, or both the same person acting for no company.
   */
  public boolean mayAccess(Party filer) {
    return filer != null && isCompany() == filer.isCompany() && id().equals(filer.id());
  }

  /**
   * The rule for a record that keeps only the number it was filed under ({@link #id()}), such as
   * the payer of a duty.
   */
  public boolean mayAccessFiledUnder(String filerId) {
    return id().equals(filerId);
  }
}

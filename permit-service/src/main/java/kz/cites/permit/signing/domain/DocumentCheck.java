package kz.cites.permit.signing.domain;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a check of a stored signed document found, computed when asked.
 *
 * @param signedBy who signed the CMS, as recorded at signing (null for a document signed before
 *     signatures were recorded)
 * @param cms the signatory's detached CMS over the document's bytes: verified against the NCA root
 *     at the time of signing, by the recorded certificate (null when none was kept)
 * @param jws the authority's JWS: its {@code x5c} chain verified to the NCA root and the signature
 *     by the chain's first certificate, the authority's (a legacy document: by its published key)
 * @param sealedBy the certificate that sealed the JWS (null for a legacy key)
 */
@NullMarked
public record DocumentCheck(
    @Nullable Signer signedBy, @Nullable Verdict cms, Verdict jws, @Nullable Sealer sealedBy) {

  /**
   * Whether a signature holds, why or why not as a stable code (e.g. {@code signed}, {@code
   * sealed}, {@code eds.UNTRUSTED}) and in a few words in the caller's language ({@code
   * signature-check.<code>} of the bundles).
   */
  public record Verdict(boolean valid, String code, @Nullable String detail) {}

  /** The organisation certificate of the JWS. */
  public record Sealer(@Nullable String name, @Nullable String bin, String certificateSerial) {}
}

package kz.cites.permit.signing.domain;

/**
 * A document as signed at the decision: the authority's seal over its canonical bytes as a compact
 * JWS (for machines; its {@code x5c} chains to the NCA root), and the signatory's own detached CMS
 * over the same bytes.
 *
 * @param jws the compact JWS, payload = the canonical bytes
 * @param cms the DER detached CMS SignedData of the signatory (officer or authority)
 * @param signer who signed the CMS
 */
public record SignedDocument(String jws, byte[] cms, Signer signer) {}

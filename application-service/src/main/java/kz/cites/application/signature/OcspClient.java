package kz.cites.application.signature;

import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import kz.cites.eds.VerifyingProvider;
import kz.cites.observability.TracedHttpClients;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.jcajce.JcaCertificateID;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Asks the NCA's OCSP responder (RFC 6960) whether a certificate is revoked: a request for the one
 * certificate with a fresh nonce, POSTed to {@link OcspProperties#url()} (else the responder the
 * certificate's AIA names). An answer counts only when it is signed by the issuing CA (or by a
 * responder certificate the CA issued for OCSP signing) and is fresh: our nonce echoed, or without
 * a nonce a {@code thisUpdate} at most an hour old and a {@code nextUpdate} not passed. Anything
 * else, the responder unreachable included, is {@link Status.Unavailable}: the caller must neither
 * accept nor refuse the signature for good on it.
 */
@Component
class OcspClient implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OcspClient.class);

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  private static final Duration MAX_AGE_WITHOUT_NONCE = Duration.ofHours(1);
  private static final String OCSP_REQUEST = "application/ocsp-request";
  private static final String OCSP_RESPONSE = "application/ocsp-response";

  /** RFC 5280 CRLReason codes, by value (7 is not used). */
  private static final String[] REASONS = {
    "UNSPECIFIED",
    "KEY_COMPROMISE",
    "CA_COMPROMISE",
    "AFFILIATION_CHANGED",
    "SUPERSEDED",
    "CESSATION_OF_OPERATION",
    "CERTIFICATE_HOLD",
    "UNSPECIFIED",
    "REMOVE_FROM_CRL",
    "PRIVILEGE_WITHDRAWN",
    "AA_COMPROMISE"
  };

  /** What the responder said of the certificate. */
  sealed interface Status {

    record Good() implements Status {}

    /**
     * @param reason the RFC 5280 reason in upper snake case (e.g. {@code KEY_COMPROMISE}), or null
     *     when the responder gives none
     */
    record Revoked(Instant revokedAt, String reason) implements Status {}

    /** No usable answer; {@code why} is for the problem's detail and the log. */
    record Unavailable(String why) implements Status {}
  }

  private final OcspProperties properties;
  private final HttpClient client;
  private final HttpClient http;
  private final SecureRandom random = new SecureRandom();

  /** Each look-up a client span of the submission's trace ({@code TracedHttpClients}). */
  @Autowired
  OcspClient(OcspProperties properties, ObservationRegistry observations) {
    this.properties = properties;
    this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    this.http = TracedHttpClients.observed(client, observations);
  }

  OcspClient(OcspProperties properties) {
    this(properties, ObservationRegistry.NOOP);
  }

  /**
   * The revocation status of {@code certificate}, issued by {@code issuer}, as the NCA says it at
   * {@code at} (the time of receipt, for the freshness of the answer).
   */
  Status status(X509Certificate certificate, X509Certificate issuer, Instant at) {
    Optional<URI> responder = responderOf(certificate);
    if (responder.isEmpty()) {
      return unavailable("no OCSP responder is configured and the certificate names none");
    }
    URI url = responder.get();
    CertificateID id;
    OCSPReq request;
    Extension nonce;
    try {
      id =
          new JcaCertificateID(
              new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
              issuer,
              certificate.getSerialNumber());
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      nonce =
          new Extension(
              OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
              false,
              new DEROctetString(new DEROctetString(bytes).getEncoded()));
      request =
          new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(nonce)).build();
    } catch (Exception e) {
      throw new IllegalStateException("Could not build an OCSP request", e);
    }
    byte[] answer;
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(url)
                  .timeout(properties.timeout())
                  .header("Content-Type", OCSP_REQUEST)
                  .header("Accept", OCSP_RESPONSE)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        return unavailable("the OCSP responder " + url + " answered HTTP " + response.statusCode());
      }
      answer = response.body();
    } catch (IOException e) {
      return unavailable("the OCSP responder " + url + " is not reachable (" + e + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unavailable("interrupted while asking the OCSP responder " + url);
    }
    return read(answer, url, id, nonce, issuer, at);
  }

  private Status read(
      byte[] answer,
      URI url,
      CertificateID id,
      Extension nonce,
      X509Certificate issuer,
      Instant at) {
    BasicOCSPResp basic;
    try {
      OCSPResp response = new OCSPResp(answer);
      if (response.getStatus() != OCSPResp.SUCCESSFUL) {
        return unavailable(
            "the OCSP responder " + url + " answered status " + response.getStatus());
      }
      if (!(response.getResponseObject() instanceof BasicOCSPResp b)) {
        return unavailable("the OCSP responder " + url + " sent no basic response");
      }
      basic = b;
    } catch (Exception e) {
      return unavailable("the OCSP responder " + url + " sent no OCSP response");
    }
    if (!signedByTheCa(basic, issuer, at)) {
      return unavailable("the OCSP response is not signed by the certificate's CA");
    }
    Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (echoed != null && !echoed.getExtnValue().equals(nonce.getExtnValue())) {
      return unavailable("the OCSP response answers another request (nonce)");
    }
    for (SingleResp single : basic.getResponses()) {
      if (!single.getCertID().equals(id)) {
        continue;
      }
      if (echoed == null && !fresh(single, at)) {
        return unavailable(
            "the OCSP response is not fresh (thisUpdate " + single.getThisUpdate() + ")");
      }
      CertificateStatus status = single.getCertStatus();
      if (status == CertificateStatus.GOOD) {
        return new Status.Good();
      }
      if (status instanceof RevokedStatus revoked) {
        return new Status.Revoked(
            revoked.getRevocationTime().toInstant(),
            revoked.hasRevocationReason() ? reasonName(revoked.getRevocationReason()) : null);
      }
      return unavailable("the OCSP responder does not know the certificate");
    }
    return unavailable("the OCSP response does not cover the certificate");
  }

  /** Without a nonce: {@code thisUpdate} recent and not ahead, {@code nextUpdate} not passed. */
  private static boolean fresh(SingleResp single, Instant at) {
    Instant thisUpdate = single.getThisUpdate().toInstant();
    if (thisUpdate.isAfter(at.plus(CLOCK_SKEW))) {
      return false;
    }
    Date nextUpdate = single.getNextUpdate();
    return nextUpdate == null
        ? !thisUpdate.isBefore(at.minus(MAX_AGE_WITHOUT_NONCE))
        : !nextUpdate.toInstant().plus(CLOCK_SKEW).isBefore(at);
  }

  private static JcaContentVerifierProviderBuilder verifierFor() {
    return new JcaContentVerifierProviderBuilder().setProvider(VerifyingProvider.get());
  }

  /** Signed with the CA's own key, or by a delegated OCSP-signing certificate the CA issued. */
  private static boolean signedByTheCa(BasicOCSPResp basic, X509Certificate issuer, Instant at) {
    try {
      var byCa = verifierFor().build(issuer.getPublicKey());
      if (verifies(basic, byCa)) {
        return true;
      }
      X500Name caName = X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
      for (X509CertificateHolder delegate : basic.getCerts()) {
        if (delegate.getIssuer().equals(caName)
            && delegate.isSignatureValid(byCa)
            && delegate.isValidOn(Date.from(at))
            && ocspSigning(delegate)
            && verifies(basic, verifierFor().build(delegate))) {
          return true;
        }
      }
      return false;
    } catch (Exception e) {
      log.debug("OCSP response signature not verified", e);
      return false;
    }
  }

  private static boolean verifies(
      BasicOCSPResp basic, org.bouncycastle.operator.ContentVerifierProvider verifier) {
    try {
      return basic.isSignatureValid(verifier);
    } catch (Exception e) {
      return false; // e.g. an RSA signature tried with an EC key
    }
  }

  private static boolean ocspSigning(X509CertificateHolder certificate) {
    ExtendedKeyUsage usage = ExtendedKeyUsage.fromExtensions(certificate.getExtensions());
    return usage != null && usage.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning);
  }

  /** The configured responder, else the first HTTP(S) OCSP address of the certificate's AIA. */
  private Optional<URI> responderOf(X509Certificate certificate) {
    if (properties.url() != null && !properties.url().isBlank()) {
      return Optional.of(URI.create(properties.url().strip()));
    }
    try {
      Extension aia =
          new JcaX509CertificateHolder(certificate).getExtension(Extension.authorityInfoAccess);
      if (aia == null) {
        return Optional.empty();
      }
      for (AccessDescription access :
          AuthorityInformationAccess.getInstance(aia.getParsedValue()).getAccessDescriptions()) {
        GeneralName location = access.getAccessLocation();
        if (access.getAccessMethod().equals(AccessDescription.id_ad_ocsp)
            && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
          URI uri = URI.create(ASN1IA5String.getInstance(location.getName()).getString());
          if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
            return Optional.of(uri);
          }
        }
      }
    } catch (Exception e) {
      log.debug("No readable AIA in the certificate", e);
    }
    return Optional.empty();
  }

  private static String reasonName(int code) {
    return code >= 0 && code < REASONS.length ? REASONS[code] : "UNSPECIFIED";
  }

  private static Status unavailable(String why) {
    log.warn("Revocation status not available: {}", why);
    return new Status.Unavailable(why);
  }

  @Override
  public void close() {
    client.close();
  }
}

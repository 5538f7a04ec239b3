package kz.cites.application.signature;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A fake NCA OCSP responder for tests (RFC 6960 over HTTP POST, on a free loopback port): answers
 * good for every certificate of its CA unless {@link #revoke revoked}, echoes the nonce, signs with
 * the CA key or a delegated OCSP-signing certificate, and can be told to misbehave ({@link Fault}).
 */
public final class TestOcspResponder implements AutoCloseable {

  /** Ways the responder can let a relying party down. */
  public enum Fault {
    NONE,
    /** HTTP 500 instead of an OCSP response. */
    HTTP_ERROR,
    /** A well-formed OCSP response with status tryLater. */
    TRY_LATER,
    /** A successful response signed by a key the CA never certified. */
    SIGNED_BY_STRANGER,
    /** The nonce of another request. */
    WRONG_NONCE,
    /** No nonce, and a thisUpdate as set by {@link #thisUpdate}. */
    NO_NONCE,
    /** Status unknown for every certificate. */
    UNKNOWN
  }

  private record Revocation(Instant at, Integer reason) {}

  private final HttpServer server;
  private final X509Certificate ca;
  private final PrivateKey signingKey;
  private final X509CertificateHolder[] chain;
  private final Map<BigInteger, Revocation> revoked = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Fault fault = Fault.NONE;
  private volatile Instant thisUpdate;
  private volatile Hold hold;

  private TestOcspResponder(
      X509Certificate ca, PrivateKey signingKey, X509CertificateHolder[] chain) {
    this.ca = ca;
    this.signingKey = signingKey;
    this.chain = chain;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/ocsp", this::handle);
    server.start();
  }

  /** A responder signing with the CA's own key. */
  static TestOcspResponder signedBy(X509Certificate ca, PrivateKey caKey) {
    return new TestOcspResponder(ca, caKey, new X509CertificateHolder[0]);
  }

  /** A responder signing with a delegated certificate (carried in the response). */
  static TestOcspResponder delegated(
      X509Certificate ca, X509Certificate responder, PrivateKey responderKey) {
    try {
      return new TestOcspResponder(
          ca, responderKey, new X509CertificateHolder[] {new JcaX509CertificateHolder(responder)});
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public String url() {
    return "http://"
        + server.getAddress().getHostString()
        + ":"
        + server.getAddress().getPort()
        + "/ocsp";
  }

  /** Revokes {@code certificate} at {@code at}; {@code reason} an RFC 5280 code, or null. */
  public void revoke(X509Certificate certificate, Instant at, Integer reason) {
    revoked.put(certificate.getSerialNumber(), new Revocation(at, reason));
  }

  public void restore(X509Certificate certificate) {
    revoked.remove(certificate.getSerialNumber());
  }

  public void fault(Fault fault) {
    this.fault = fault;
  }

  /** The thisUpdate of the answers (default: the real time of the answer). */
  public void thisUpdate(Instant thisUpdate) {
    this.thisUpdate = thisUpdate;
  }

  /**
   * From now until the returned hold is closed, every request waits before it is answered, like a
   * slow NCA; {@link Hold#awaitRequest} tells when one has arrived.
   */
  public Hold holdAnswers() {
    Hold held = new Hold();
    hold = held;
    return held;
  }

  /** Requests kept waiting until {@link #close}. */
  public final class Hold implements AutoCloseable {

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private Hold() {}

    /** Whether a request arrived (and is now waiting) within {@code timeout}. */
    public boolean awaitRequest(Duration timeout) throws InterruptedException {
      return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
      hold = null;
      released.countDown();
    }
  }

  /** How many requests reached this responder. */
  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    Hold held = hold;
    if (held != null) {
      held.arrived.countDown();
      try {
        held.released.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (fault == Fault.HTTP_ERROR) {
        exchange.sendResponseHeaders(500, -1);
        return;
      }
      byte[] answer = answer(new OCSPReq(body));
      exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  private byte[] answer(OCSPReq request) throws Exception {
    if (fault == Fault.TRY_LATER) {
      return new OCSPRespBuilder().build(OCSPRespBuilder.TRY_LATER, null).getEncoded();
    }
    var digests = new JcaDigestCalculatorProviderBuilder().build();
    X509CertificateHolder caHolder = new JcaX509CertificateHolder(ca);
    BasicOCSPRespBuilder builder =
        new BasicOCSPRespBuilder(
            new RespID(
                chain.length == 0
                    ? X500Name.getInstance(ca.getSubjectX500Principal().getEncoded())
                    : chain[0].getSubject()));
    Date updated = Date.from(thisUpdate != null ? thisUpdate : Instant.now());
    for (Req single : request.getRequestList()) {
      CertificateID id = single.getCertID();
      CertificateStatus status;
      Revocation revocation = revoked.get(id.getSerialNumber());
      if (fault == Fault.UNKNOWN || !id.matchesIssuer(caHolder, digests)) {
        status = new UnknownStatus();
      } else if (revocation != null) {
        status =
            revocation.reason() == null
                ? new RevokedStatus(Date.from(revocation.at()))
                : new RevokedStatus(Date.from(revocation.at()), revocation.reason());
      } else {
        status = CertificateStatus.GOOD;
      }
      builder.addResponse(id, status, updated, (Date) null);
    }
    Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
    if (fault == Fault.WRONG_NONCE) {
      byte[] other = new byte[16];
      new SecureRandom().nextBytes(other);
      nonce =
          new Extension(
              OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
              false,
              new DEROctetString(new DEROctetString(other).getEncoded()));
    }
    if (nonce != null && fault != Fault.NO_NONCE) {
      builder.setResponseExtensions(new Extensions(nonce));
    }
    PrivateKey key = fault == Fault.SIGNED_BY_STRANGER ? TestNca.strangerKey() : signingKey;
    var basic =
        builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key), chain, updated);
    OCSPResp response = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
    return response.getEncoded();
  }
}

package kz.cites.permit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.cites.eds.Pem;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/**
 * The NCA of the tests: a real certification authority made for the test JVM (BouncyCastle, EC
 * P-256), behind WireMock at {@link #url()} with the simulator's API, so every signature the
 * service makes or receives is real cryptography.
 *
 * <ul>
 *   <li>{@code GET /sim/nca/root}: the root (PEM), which the tests' service trusts;
 *   <li>{@code POST /sim/nca/certificates}: certifies the key of a PKCS#10 request for the BIN of
 *       its {@code OU=BIN…}, answering the chain (certificate, root);
 *   <li>{@code POST /sim/nca/remote-signatures}: a detached CMS by the personal certificate of the
 *       person of the bearer token; the tests' tokens are {@link #tokenOf(String)} (the identity
 *       provider itself is mocked by Spring Security's test support), any other is a 401.
 * </ul>
 *
 * Certificates are valid from 2020 to 2040, around the tests' pinned clock.
 */
public final class TestNca {

  private static final Instant NOT_BEFORE = Instant.parse("2020-01-01T00:00:00Z");
  private static final Instant NOT_AFTER = Instant.parse("2040-01-01T00:00:00Z");
  private static final Pattern TOKEN = Pattern.compile("Bearer test-token-(\\d{12})");
  private static final AtomicLong SERIAL = new AtomicLong(0x1000);

  private static final KeyPair ROOT_KEYS = keys();
  private static final X509Certificate ROOT =
      issue(new X500Name("C=KZ, O=Test NCA, CN=Test NCA Root"), ROOT_KEYS.getPublic(), true);
  private static final Map<String, Holder> PERSONS = new ConcurrentHashMap<>();

  private record Holder(KeyPair keys, X509Certificate certificate) {}

  private static final class Server {
    static final WireMockServer WIREMOCK = start();
  }

  private TestNca() {}

  /** The NCA's API base, {@code cites.signing.nca-url}. */
  public static String url() {
    return Server.WIREMOCK.baseUrl() + "/sim/nca";
  }

  public static WireMockServer server() {
    return Server.WIREMOCK;
  }

  public static X509Certificate root() {
    return ROOT;
  }

  /** The bearer token of {@code iin} that this NCA signs for. */
  public static String tokenOf(String iin) {
    return "test-token-" + iin;
  }

  /** The personal certificate the NCA signs with for {@code iin}. */
  public static X509Certificate certificateOf(String iin) {
    return person(iin).certificate();
  }

  /**
   * The NCA's remote signing answers 503 (or, with {@code reset}, drops the connection) until the
   * returned handle is closed.
   */
  public static AutoCloseable remoteSigningDown(boolean reset) {
    ResponseDefinitionBuilder answer =
        reset ? aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER) : aResponse().withStatus(503);
    StubMapping outage =
        Server.WIREMOCK.stubFor(
            post(urlEqualTo("/sim/nca/remote-signatures")).atPriority(1).willReturn(answer));
    return () -> Server.WIREMOCK.removeStub(outage);
  }

  private static WireMockServer start() {
    WireMockServer server =
        new WireMockServer(
            options().dynamicPort().extensions(new Enrolment(), new RemoteSigning()));
    server.start();
    server.stubFor(
        get(urlEqualTo("/sim/nca/root"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/x-pem-file")
                    .withBody(Pem.of(List.of(ROOT)))));
    server.stubFor(
        post(urlEqualTo("/sim/nca/certificates"))
            .willReturn(aResponse().withTransformers(Enrolment.NAME)));
    server.stubFor(
        post(urlEqualTo("/sim/nca/remote-signatures"))
            .willReturn(aResponse().withTransformers(RemoteSigning.NAME)));
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-nca-stop"));
    return server;
  }

  /** Certifies the key of a PKCS#10 request for the BIN its subject names. */
  private static final class Enrolment implements ResponseDefinitionTransformerV2 {
    static final String NAME = "test-nca-enrolment";

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      try {
        var request = new JcaPKCS10CertificationRequest(event.getRequest().getBody());
        if (!request.isSignatureValid(
            new JcaContentVerifierProviderBuilder().build(request.getSubjectPublicKeyInfo()))) {
          return ResponseDefinitionBuilder.responseDefinition().withStatus(400).build();
        }
        String bin = null;
        for (RDN rdn : request.getSubject().getRDNs(BCStyle.OU)) {
          String value = ((ASN1String) rdn.getFirst().getValue()).getString();
          if (value.startsWith("BIN")) {
            bin = value.substring(3);
          }
        }
        X509Certificate certificate =
            issue(
                new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "KZ")
                    .addRDN(BCStyle.O, "РГУ «Комитет лесного хозяйства и животного мира»")
                    .addRDN(BCStyle.OU, "BIN" + bin)
                    .addRDN(BCStyle.CN, "РГУ «Комитет лесного хозяйства и животного мира»")
                    .build(),
                request.getPublicKey(),
                false);
        return ResponseDefinitionBuilder.responseDefinition()
            .withStatus(201)
            .withHeader("Content-Type", "application/pem-certificate-chain")
            .withBody(Pem.of(List.of(certificate, ROOT)))
            .build();
      } catch (Exception e) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(400).build();
      }
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }

  /** Signs the base64 payload for the person of the test token, as the NCA's remote signing. */
  private static final class RemoteSigning implements ResponseDefinitionTransformerV2 {
    static final String NAME = "test-nca-remote-signing";

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      String authorization = event.getRequest().getHeader("Authorization");
      Matcher token = TOKEN.matcher(authorization == null ? "" : authorization);
      if (!token.matches()) {
        return ResponseDefinitionBuilder.responseDefinition()
            .withStatus(401)
            .withHeader("Content-Type", "application/problem+json")
            .withBody("{\"type\":\"https://cites.kz/problems/simulator/invalid-token\"}")
            .build();
      }
      String body = event.getRequest().getBodyAsString();
      Matcher payload = Pattern.compile("\"payload\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
      if (!payload.find()) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(400).build();
      }
      byte[] cms = sign(person(token.group(1)), Base64.getDecoder().decode(payload.group(1)));
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(200)
          .withHeader("Content-Type", "application/json")
          .withBody("{\"signature\":\"" + Base64.getEncoder().encodeToString(cms) + "\"}")
          .build();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return NAME;
    }
  }

  private static Holder person(String iin) {
    return PERSONS.computeIfAbsent(
        iin,
        k -> {
          KeyPair keys = keys();
          X509Certificate certificate =
              issue(
                  new X500NameBuilder(BCStyle.INSTANCE)
                      .addRDN(BCStyle.C, "KZ")
                      .addRDN(BCStyle.CN, "OFFICER " + iin)
                      .addRDN(BCStyle.SERIALNUMBER, "IIN" + iin)
                      .build(),
                  keys.getPublic(),
                  false);
          return new Holder(keys, certificate);
        });
  }

  private static byte[] sign(Holder holder, byte[] content) {
    try {
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(new Date()))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
              .build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(holder.keys().getPrivate()),
                  holder.certificate()));
      generator.addCertificates(new JcaCertStore(List.of(holder.certificate())));
      return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate issue(
      X500Name subject, java.security.PublicKey key, boolean authority) {
    try {
      X500Name issuer =
          authority ? subject : X500Name.getInstance(ROOT.getSubjectX500Principal().getEncoded());
      var builder =
          new JcaX509v3CertificateBuilder(
              issuer,
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(NOT_BEFORE),
              Date.from(NOT_AFTER),
              subject,
              key);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(
              authority
                  ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                  : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(ROOT_KEYS.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

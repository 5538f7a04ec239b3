package kz.cites.eds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;

/**
 * The provider that checks signatures here (BouncyCastle, for speed) answers as the JDK's own
 * would: a signature holds for the signed bytes and the signer's key, and for nothing else.
 */
class VerifyingProviderTest {

  private static final byte[] SIGNED =
      "{\"applicant\":\"Жұмабекова Әйгерім\",\"specimens\":[\"Falco cherrug\"]}"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void itAgreesWithTheJdkOnWhatHolds() throws Exception {
    KeyPair signer = p256();
    KeyPair stranger = p256();
    byte[] signature = sign(signer, SIGNED);
    byte[] tampered = SIGNED.clone();
    tampered[3] ^= 1;
    byte[] bitFlipped = signature.clone();
    bitFlipped[bitFlipped.length - 1] ^= 1;

    for (boolean jdk : new boolean[] {true, false}) {
      assertThat(verifies(jdk, signer.getPublic(), SIGNED, signature)).isTrue();
      // the same signature with s replaced by n - s is valid ECDSA: both accept it
      assertThat(verifies(jdk, signer.getPublic(), SIGNED, negatedS(signer, signature))).isTrue();
      assertThat(verifies(jdk, signer.getPublic(), tampered, signature)).isFalse();
      assertThat(verifies(jdk, stranger.getPublic(), SIGNED, signature)).isFalse();
      assertThat(verifies(jdk, signer.getPublic(), SIGNED, bitFlipped)).isFalse();
    }
  }

  @Test
  void itIsBouncyCastleAndNotRegisteredForTheRestOfTheJvm() {
    assertThat(VerifyingProvider.get().getName()).isEqualTo("BC");
    assertThat(java.security.Security.getProvider("BC")).isNull();
  }

  private static KeyPair p256() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static byte[] sign(KeyPair signer, byte[] content) throws Exception {
    Signature signature = Signature.getInstance("SHA256withECDSA");
    signature.initSign(signer.getPrivate());
    signature.update(content);
    return signature.sign();
  }

  private static boolean verifies(boolean jdk, PublicKey key, byte[] content, byte[] signature)
      throws Exception {
    Signature verifier =
        jdk
            ? Signature.getInstance("SHA256withECDSA")
            : Signature.getInstance("SHA256withECDSA", VerifyingProvider.get());
    verifier.initVerify(key);
    verifier.update(content);
    try {
      return verifier.verify(signature);
    } catch (java.security.SignatureException e) {
      return false;
    }
  }

  private static byte[] negatedS(KeyPair signer, byte[] der) throws Exception {
    ASN1Sequence sequence = ASN1Sequence.getInstance(der);
    BigInteger r = ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue();
    BigInteger s = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
    BigInteger n = ((ECPublicKey) signer.getPublic()).getParams().getOrder();
    return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(n.subtract(s))})
        .getEncoded();
  }
}

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

/**
 * One P-256 ECDSA check (SHA256withECDSA over 3 KB, the size of a signing payload), as the JDK's
 * SunEC and BouncyCastle's provider do it, alternating, each for a fixed time after a warm-up:
 * microseconds per check. platform/eds's VerifyingProvider chose by this. Not a test.
 *
 * <p>java -cp bcprov-jdk18on-VERSION.jar bench/EcdsaVerify.java [seconds per round]
 */
public class EcdsaVerify {

  public static void main(String[] args) throws Exception {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 5;
    Provider bc = new org.bouncycastle.jce.provider.BouncyCastleProvider();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    byte[] payload = new byte[3_000];
    new SecureRandom().nextBytes(payload);
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(pair.getPrivate());
    signer.update(payload);
    byte[] signature = signer.sign();
    String[] order = {"SunEC", "BC", "SunEC", "BC", "SunEC", "BC"};
    for (int round = 0; round < order.length; round++) {
      Signature verifier =
          order[round].equals("BC")
              ? Signature.getInstance("SHA256withECDSA", bc)
              : Signature.getInstance("SHA256withECDSA", "SunEC");
      long checks = 0;
      long started = System.nanoTime();
      long end = started + seconds * 1_000_000_000L;
      while (System.nanoTime() < end) {
        verifier.initVerify(pair.getPublic());
        verifier.update(payload);
        if (!verifier.verify(signature)) {
          throw new AssertionError("a valid signature did not verify");
        }
        checks++;
      }
      System.out.printf(
          "%s%-5s %7.1f us per check (%d checks)%n",
          round < 2 ? "warm-up " : "",
          order[round],
          (System.nanoTime() - started) / 1e3 / checks,
          checks);
    }
  }
}

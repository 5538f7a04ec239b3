package kz.cites.simulator.state;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.PrivateKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Private keys as they rest in the state folder: PKCS#8, encrypted with a password (AES-256-CBC
 * under PBKDF2), as PEM text. The simulator's keys sign nothing real, but no private key rests in
 * clear, here either.
 */
final class SealedKeys {

  /** BouncyCastle's provider, not registered globally: the JDK's has no AES/CBC/PKCS7Padding. */
  private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

  private SealedKeys() {}

  static String seal(PrivateKey key, char[] password) {
    try {
      var encryptor =
          new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
              .setProvider(PROVIDER)
              .setPassword(password)
              .build();
      StringWriter out = new StringWriter();
      try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
        pem.writeObject(new JcaPKCS8Generator(key, encryptor));
      }
      return out.toString();
    } catch (IOException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot seal a private key", e);
    }
  }

  /**
   * @throws IllegalStateException when {@code pem} is no sealed key or {@code password} is wrong
   */
  static PrivateKey open(String pem, char[] password) {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      if (!(parser.readObject() instanceof PKCS8EncryptedPrivateKeyInfo sealed)) {
        throw new IllegalStateException("Not a sealed private key");
      }
      return new JcaPEMKeyConverter()
          .getPrivateKey(
              sealed.decryptPrivateKeyInfo(
                  new JceOpenSSLPKCS8DecryptorProviderBuilder()
                      .setProvider(PROVIDER)
                      .build(password)));
    } catch (IOException | OperatorCreationException | PKCSException e) {
      throw new IllegalStateException(
          "Cannot open a sealed private key of the simulator's state (wrong"
              + " cites.simulator.state.key-password?): "
              + e.getMessage(),
          e);
    }
  }
}

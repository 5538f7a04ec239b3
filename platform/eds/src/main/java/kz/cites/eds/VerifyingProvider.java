package kz.cites.eds;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The JCA provider that checks signatures here (applicants' and officers' CMS, the NCA's OCSP
 * answers, the seal of a permit): BouncyCastle's, not the JDK's default SunEC. Checking a P-256
 * ECDSA signature is arithmetic on public data, so the choice is one of speed, and a submission
 * needs two checks: BouncyCastle 1.87 took 180-200 µs per check where JDK 25's SunEC took 420-450
 * µs on the benchmark machine ({@code bench/ecdsa-verify.sh}). One instance, not registered with
 * {@link java.security.Security}: nothing else in the JVM changes provider.
 */
public final class VerifyingProvider {

  private static final Provider PROVIDER = new BouncyCastleProvider();

  private VerifyingProvider() {}

  public static Provider get() {
    return PROVIDER;
  }
}

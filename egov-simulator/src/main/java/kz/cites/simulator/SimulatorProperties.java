package kz.cites.simulator;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Simulator settings.
 *
 * @param issuer {@code iss} of the tokens; must match what the gateway and services trust
 * @param audience {@code aud} of the tokens
 * @param tokenTtl lifetime of an issued token
 * @param personas the seeded data set
 * @param shep credentials the SHEP endpoint expects from its one sender
 * @param nca the simulated NCA
 * @param state where the simulator keeps what the outside world keeps across its restarts
 */
@ConfigurationProperties("cites.simulator")
public record SimulatorProperties(
    @DefaultValue("http://localhost:8090/sim/idp") String issuer,
    @DefaultValue("cites-api") String audience,
    @DefaultValue("3600s") Duration tokenTtl,
    @DefaultValue("classpath:personas.json") Resource personas,
    @DefaultValue Shep shep,
    @DefaultValue Nca nca,
    @DefaultValue State state) {

  public record Shep(
      @DefaultValue("cites-permits") String senderId,
      @DefaultValue("dev-secret") String password) {}

  /**
   * @param ocspUrl the OCSP address the persona certificates carry in their Authority Information
   *     Access extension: this simulator's {@code POST /sim/nca/ocsp} as relying parties reach it
   * @param keystore a PKCS#12 file that keeps the root key and certificate across restarts: read
   *     when it exists, written when it does not; blank keeps the root in memory only (a new root
   *     at every start)
   * @param keystorePassword the password of that file (a development secret: the simulator's root
   *     signs nothing real)
   */
  public record Nca(
      @DefaultValue("http://localhost:8090/sim/nca/ocsp") String ocspUrl,
      @DefaultValue("") String keystore,
      @DefaultValue("egov-simulator") String keystorePassword) {}

  /**
   * @param directory the state folder: receipts, issued certificates (with the personas' keys),
   *     revocations and the identity provider's signing key are kept there, so that a restarted
   *     simulator is the same outside world; blank keeps them in memory only
   * @param keyPassword the password that seals the private keys resting there (a development
   *     secret)
   */
  public record State(
      @DefaultValue("") String directory, @DefaultValue("egov-simulator") String keyPassword) {}
}

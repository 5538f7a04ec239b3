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
 */
@ConfigurationProperties("cites.simulator")
public record SimulatorProperties(
    @DefaultValue("http://localhost:8090/sim/idp") String issuer,
    @DefaultValue("cites-api") String audience,
    @DefaultValue("3600s") Duration tokenTtl,
    @DefaultValue("classpath:personas.json") Resource personas,
    @DefaultValue Shep shep,
    @DefaultValue Nca nca) {

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
}

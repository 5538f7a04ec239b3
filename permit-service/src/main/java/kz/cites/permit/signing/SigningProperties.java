package kz.cites.permit.signing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How permit-service signs ({@code cites.signing.*}).
 *
 * @param keyPassword the password the authority's seal key is encrypted with (PKCS#12) in the
 *     database; required, there is no default (env {@code CITES_SIGNING_KEY_PASSWORD})
 * @param ncaUrl the NCA's API: enrolment of the seal ({@code /certificates}) and officers' remote
 *     signing ({@code /remote-signatures}); the simulator's by default
 * @param trustedRoots PEM files of the NCA roots to trust (Spring resource locations)
 * @param trustedRootUrl where to fetch a further NCA root (development: the simulator's)
 * @param organisationBin the Committee's BIN, which the seal's certificate must name
 * @param connectTimeout how long to wait for a connection to the NCA
 * @param timeout how long to wait for the NCA's whole answer (an officer's decision waits that long
 *     at most for the officer's signature)
 * @param renewBefore how long before its certificate expires the seal is replaced by a new one
 */
@ConfigurationProperties("cites.signing")
public record SigningProperties(
    String keyPassword,
    @DefaultValue("http://localhost:8090/sim/nca") String ncaUrl,
    @DefaultValue("") String[] trustedRoots,
    @DefaultValue("http://localhost:8090/sim/nca/root") String trustedRootUrl,
    @DefaultValue("190440026173") String organisationBin,
    @DefaultValue("3s") Duration connectTimeout,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("30d") Duration renewBefore) {

  public SigningProperties {
    if (keyPassword == null || keyPassword.isBlank()) {
      throw new IllegalStateException(
          "No password for the authority's seal key: set cites.signing.key-password (env"
              + " CITES_SIGNING_KEY_PASSWORD). The key is kept encrypted with it in the database;"
              + " there is no default.");
    }
  }

  @Override
  public String toString() {
    return "SigningProperties[ncaUrl=" + ncaUrl + ", organisationBin=" + organisationBin + "]";
  }
}

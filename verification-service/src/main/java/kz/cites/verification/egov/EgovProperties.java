package kz.cites.verification.egov;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach the e-government gateway (SHEP) ({@code cites.egov.*}).
 *
 * @param shepUrl the synchronous SHEP endpoint
 * @param senderId our sender id in the gateway's registry of interactions
 * @param senderPassword the sender's password
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer; a slower registry counts as unavailable
 */
@ConfigurationProperties("cites.egov")
public record EgovProperties(
    URI shepUrl,
    String senderId,
    String senderPassword,
    Duration connectTimeout,
    Duration readTimeout) {

  public EgovProperties {
    shepUrl = shepUrl == null ? URI.create("http://localhost:8090/shep/sync") : shepUrl;
    senderId = senderId == null ? "cites-permits" : senderId;
    senderPassword = senderPassword == null ? "dev-secret" : senderPassword;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
  }
}

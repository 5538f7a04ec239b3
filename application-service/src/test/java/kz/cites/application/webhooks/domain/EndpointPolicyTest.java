package kz.cites.application.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import kz.cites.application.webhooks.domain.WebhookUrlRefused.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a delivery may go: the rules against server-side request forgery, case by case. */
class EndpointPolicyTest {

  private final EndpointPolicy policy =
      new EndpointPolicy(List.of("http://localhost:8090/sim/portal/", "http://10.0.0.7:9000/in"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://portal.example.kz/hooks/cites",
        "https://portal.example.kz:8443/hooks?tenant=7",
        "https://8.8.8.8/hooks",
        "https://[2a00:1450:4001:80b::200e]/hooks",
        "HTTPS://Portal.Example.KZ/",
        // allow-listed: http, loopback or private, under the prefix's path
        "http://localhost:8090/sim/portal/webhooks/portal",
        "http://LOCALHOST:8090/sim/portal/",
        "http://10.0.0.7:9000/in",
        "http://10.0.0.7:9000/in/more"
      })
  void acceptsPublicHttpsUrlsAndTheAllowListed(String url) {
    assertThat(policy.check(url)).isEqualTo(URI.create(url));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "not a url,                                          MALFORMED",
    "/hooks/relative,                                    MALFORMED",
    "ftp://portal.example.kz/hooks,                      MALFORMED",
    "https:opaque,                                       MALFORMED",
    "https://under_score.example.kz/,                    MALFORMED",
    "http://portal.example.kz/hooks,                     HTTPS_REQUIRED",
    "https://user:secret@portal.example.kz/hooks,        USER_INFO",
    "https://portal.example.kz/hooks#part,               FRAGMENT",
    "https://portal.example.kz/a/../admin,               NOT_NORMALIZED",
    "https://portal.example.kz/a/%2e%2e/admin,           NOT_NORMALIZED",
    "https://localhost/hooks,                            LOCAL_HOST",
    "https://api.localhost/hooks,                        LOCAL_HOST",
    "https://intranet/hooks,                             LOCAL_HOST",
    "https://127.0.0.1/hooks,                            PRIVATE_ADDRESS",
    // numeric forms other than four decimal parts are read differently by different resolvers
    "https://127.1/hooks,                                MALFORMED",
    "https://2130706433/hooks,                           MALFORMED",
    "https://1.2.3.4.5/hooks,                            MALFORMED",
    "https://256.1.1.1/hooks,                            MALFORMED",
    "https://10.1.2.3/hooks,                             PRIVATE_ADDRESS",
    "https://172.16.0.1/hooks,                           PRIVATE_ADDRESS",
    "https://192.168.1.1/hooks,                          PRIVATE_ADDRESS",
    "https://169.254.169.254/latest/meta-data,           PRIVATE_ADDRESS",
    "https://100.64.0.1/hooks,                           PRIVATE_ADDRESS",
    "https://0.0.0.0/hooks,                              PRIVATE_ADDRESS",
    "https://[::1]/hooks,                                PRIVATE_ADDRESS",
    "https://[fd00::1]/hooks,                            PRIVATE_ADDRESS",
    "https://[fe80::1]/hooks,                            PRIVATE_ADDRESS",
    "https://[::ffff:127.0.0.1]/hooks,                   PRIVATE_ADDRESS",
    "https://[64:ff9b::a9fe:a9fe]/hooks,                 PRIVATE_ADDRESS",
    // near an allow-listed prefix is not under it
    "http://localhost:8091/sim/portal/webhooks,          HTTPS_REQUIRED",
    "http://localhost:8090/sim/portal-evil/x,            HTTPS_REQUIRED",
    "http://10.0.0.7:9000/inside,                        HTTPS_REQUIRED",
    "https://localhost:8090/sim/portal/webhooks,         LOCAL_HOST"
  })
  void refusesWhatCouldReachInsideOrIsNotWhatIsCalled(String url, Reason reason) {
    assertThatThrownBy(() -> policy.check(url))
        .isInstanceOfSatisfying(
            WebhookUrlRefused.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
  }

  @ParameterizedTest(name = "{0} public: {1}")
  @CsvSource({
    "8.8.8.8,             true",
    "195.210.46.1,        true",
    "2a00:1450:4001::1,   true",
    "127.0.0.1,           false",
    "10.255.0.1,          false",
    "172.31.255.255,      false",
    "172.32.0.1,          true",
    "192.168.0.10,        false",
    "169.254.169.254,     false",
    "100.64.0.1,          false",
    "100.128.0.1,         true",
    "224.0.0.1,           false",
    "255.255.255.255,     false",
    "198.18.0.1,          false",
    "::1,                 false",
    "::,                  false",
    "fc00::1,             false",
    "fe80::1,             false",
    "2001:db8::1,         false",
    "::127.0.0.1,         false",
    "64:ff9b::808:808,    true"
  })
  void judgesResolvedAddresses(String address, boolean expected) throws Exception {
    assertThat(EndpointPolicy.isPublic(InetAddress.getByName(address))).isEqualTo(expected);
  }
}

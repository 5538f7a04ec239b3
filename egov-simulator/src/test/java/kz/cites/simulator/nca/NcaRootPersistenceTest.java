package kz.cites.simulator.nca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import kz.cites.simulator.EgovSimulatorApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With a keystore configured the NCA is the same CA after a restart (what it signed stays
 * verifiable); without one every start makes a new root.
 */
class NcaRootPersistenceTest {

  @TempDir Path folder;

  @Test
  void aRestartedSimulatorPublishesTheSameRootAndKeepsIssuingUnderIt() throws Exception {
    Path keystore = folder.resolve("nca/root.p12");

    String first;
    try (ConfigurableApplicationContext simulator = start(keystore)) {
      first = get(simulator, "/sim/nca/root");
    }
    assertThat(keystore).exists();
    try (ConfigurableApplicationContext restarted = start(keystore)) {
      assertThat(get(restarted, "/sim/nca/root")).isEqualTo(first);
    }
    try (ConfigurableApplicationContext forgetful = start(null)) {
      assertThat(get(forgetful, "/sim/nca/root")).isNotEqualTo(first);
    }
  }

  @Test
  void certificatesIssuedAfterARestartChainToTheKeptRootWithNewSerials() throws Exception {
    Path keystore = folder.resolve("root.p12");
    char[] password = "secret".toCharArray();
    NcaRoot root = NcaRoot.loadOrCreate(keystore, password, Clock.systemUTC());
    NcaRoot again = NcaRoot.loadOrCreate(keystore, password, Clock.systemUTC());

    assertThat(again.certificate()).isEqualTo(root.certificate());
    assertThat(again.key().getEncoded()).isEqualTo(root.key().getEncoded());
    var before = new NcaAuthority(Clock.systemUTC(), "http://localhost/ocsp", root);
    var after = new NcaAuthority(Clock.systemUTC(), "http://localhost/ocsp", again);
    var keys = OrganisationEnrolmentTest.keys();
    var committee =
        new kz.cites.simulator.persona.LegalEntity(
            "190440026173",
            "Committee",
            "Committee",
            kz.cites.simulator.persona.LegalEntity.Status.ACTIVE,
            "750315300127",
            null);
    X509Certificate issuedBefore = before.issueForOrganisation(committee, keys.getPublic());
    X509Certificate issuedAfter = after.issueForOrganisation(committee, keys.getPublic());
    issuedAfter.verify(root.certificate().getPublicKey());
    assertThat(issuedAfter.getSerialNumber()).isNotEqualTo(issuedBefore.getSerialNumber());

    assertThatThrownBy(
            () -> NcaRoot.loadOrCreate(keystore, "wrong".toCharArray(), Clock.systemUTC()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keystore-password");
    // the key rests encrypted: the file does not hold the key's bytes in clear
    assertThat(indexOf(Files.readAllBytes(keystore), root.key().getEncoded())).isNegative();
  }

  private static ConfigurableApplicationContext start(Path keystore) {
    // as arguments: they win over application.properties (default properties would not)
    return new SpringApplicationBuilder(EgovSimulatorApplication.class)
        .run(
            "--server.port=0",
            // a port of its own too: a running local stack or system test holds the fixed 18090
            "--management.server.port=0",
            "--cites.simulator.nca.keystore=" + (keystore == null ? "" : keystore.toString()));
  }

  private static String get(ConfigurableApplicationContext simulator, String path)
      throws Exception {
    int port = ((WebServerApplicationContext) simulator).getWebServer().getPort();
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      return response.body();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

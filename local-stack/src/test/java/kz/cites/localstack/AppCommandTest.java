package kz.cites.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppCommandTest {

  private final LocalStackOptions options =
      LocalStackOptions.forRepository(Path.of("/repo")).withDataDirectory(Path.of("/data"));

  private static ServiceSpec app(String name) {
    return Topology.applications().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void runsTheModuleJarWithTheMemoryCapsInItsOwnSession() {
    AppCommand command =
        AppCommand.of(app("fee-service"), options, "/jdk/bin/java", "/usr/bin/setsid");

    assertThat(command.command())
        .startsWith("/usr/bin/setsid", "/jdk/bin/java")
        .contains("-Xmx160m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=160m", "-Xss512k")
        // the data folder named, so that its orphans are told from another stack's processes
        .contains("-Dcites.local-stack.data=/data")
        .endsWith("-jar", "/repo/fee-service/target/fee-service.jar");
    assertThat(command.logFile()).isEqualTo(Path.of("/data/logs/fee-service.log"));
  }

  @Test
  void aServiceGetsItsPortDatabaseKafkaAndIdentityProvider() {
    Map<String, String> env =
        AppCommand.of(app("fee-service"), options, "java", null).environment();

    assertThat(env)
        .containsEntry("PORT", "8083")
        .containsEntry("DB_URL", "jdbc:postgresql://localhost:15432/fee")
        .containsEntry("DB_USER", "cites")
        .containsEntry("DB_PASSWORD", "cites")
        .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
        .containsEntry("CITES_JWKS_URI", "http://localhost:8090/sim/idp/jwks")
        .containsEntry("CITES_ISSUER", "http://localhost:8090/sim/idp");
  }

  @Test
  void serviceSpecificSwitchesAreSet() {
    assertThat(AppCommand.environment(app("permit-service"), options))
        .containsEntry("CITES_REVIEW_AUTO_APPROVAL", "true")
        .containsEntry("DB_URL", "jdbc:postgresql://localhost:15432/permit");
    assertThat(AppCommand.environment(app("permit-service"), options))
        .containsEntry("CITES_SIGNING_NCA_URL", "http://localhost:8090/sim/nca")
        .containsKey("CITES_SIGNING_KEY_PASSWORD");
    // the NCA's root lives in the data folder, so it outlives a restart of the stack
    assertThat(AppCommand.environment(app("egov-simulator"), options))
        .containsEntry("CITES_SIMULATOR_NCA_KEYSTORE", "/data/nca/root.p12")
        // and what the outside world keeps (receipts, certificates, revocations) beside it
        .containsEntry("CITES_SIMULATOR_STATE_DIRECTORY", "/data/egov-simulator");
    assertThat(AppCommand.environment(app("verification-service"), options))
        .containsEntry("CITES_SHEP_URL", "http://localhost:8090/shep/sync");
    assertThat(AppCommand.environment(app("gateway"), options))
        .containsEntry("PORT", "8080")
        .doesNotContainKeys("DB_URL", "DB_USER");
  }

  @Test
  void theServicesAndTheSimulatorListenOnLoopbackOnlyTheGatewayOnAllInterfaces() {
    for (ServiceSpec app : Topology.applications()) {
      Map<String, String> env = AppCommand.environment(app, options);
      if (app.equals(Topology.GATEWAY)) {
        assertThat(env).as(app.name()).doesNotContainKey("SERVER_ADDRESS");
      } else {
        assertThat(env).as(app.name()).containsEntry("SERVER_ADDRESS", "127.0.0.1");
      }
    }
    LocalStackOptions exposed =
        options.withExtraEnvironment("fee-service", Map.of("SERVER_ADDRESS", "0.0.0.0"));
    assertThat(AppCommand.environment(app("fee-service"), exposed))
        .containsEntry("SERVER_ADDRESS", "0.0.0.0");
  }

  @Test
  void extraEnvironmentOverridesTheDefaultsForThatApplicationOnly() {
    LocalStackOptions custom =
        options.withExtraEnvironment(
            "permit-service", Map.of("CITES_REVIEW_AUTO_APPROVAL", "false", "X", "1"));

    assertThat(AppCommand.environment(app("permit-service"), custom))
        .containsEntry("CITES_REVIEW_AUTO_APPROVAL", "false")
        .containsEntry("X", "1");
    assertThat(AppCommand.environment(app("fee-service"), custom)).doesNotContainKey("X");
  }

  @Test
  void withoutSetsidTheJavaCommandComesFirst() {
    assertThat(AppCommand.of(app("gateway"), options, "/jdk/bin/java", null).command())
        .first()
        .isEqualTo("/jdk/bin/java");
  }

  @Test
  void withACacheItRunsTheExtractedJarAndNamesTheCacheAfterTheMemoryCaps() {
    AppLaunch cached =
        AppLaunch.cached(
            Path.of("/data/aot/fee-service/1-2/fee-service.jar"),
            Path.of("/data/aot/fee-service/1-2/fee-service-0a1b2c3d.aot"));

    AppCommand command =
        AppCommand.of(AppInstance.first(app("fee-service")), options, "java", null, cached);

    assertThat(command.command())
        .containsSubsequence(
            "-Xmx160m", "-XX:AOTCache=/data/aot/fee-service/1-2/fee-service-0a1b2c3d.aot")
        .contains("-Dcites.local-stack.data=/data")
        .doesNotContain("-XX:AOTCacheOutput")
        .endsWith("-jar", "/data/aot/fee-service/1-2/fee-service.jar");
    assertThat(command.launch()).isEqualTo(cached);
  }

  @Test
  void withoutACacheYetItRecordsOneUnderATemporaryName() {
    AppLaunch recording =
        AppLaunch.recording(
            Path.of("/data/aot/fee-service/1-2/fee-service.jar"),
            Path.of("/data/aot/fee-service/1-2/fee-service-0a1b2c3d.aot"));

    AppCommand command =
        AppCommand.of(AppInstance.first(app("fee-service")), options, "java", null, recording);

    assertThat(command.command())
        .contains("-XX:AOTCacheOutput=/data/aot/fee-service/1-2/fee-service-0a1b2c3d.aot.part")
        // after the stack's own cap, so that it wins for this run
        .containsSubsequence("-XX:MaxMetaspaceSize=160m", "-XX:MaxMetaspaceSize=512m")
        .noneMatch(option -> option.startsWith("-XX:AOTCache="))
        .endsWith("-jar", "/data/aot/fee-service/1-2/fee-service.jar");
  }

  @Test
  void withoutTheCacheTheModuleJarRunsAsBuiltWithNoAotOption() {
    assertThat(AppCommand.of(app("fee-service"), options, "java", null).command())
        .noneMatch(option -> option.startsWith("-XX:AOT"))
        .endsWith("-jar", "/repo/fee-service/target/fee-service.jar");
  }

  @Test
  void servicesKeepOneIdleDatabaseConnectionInsteadOfTen() {
    assertThat(AppCommand.environment(app("permit-service"), options))
        .containsEntry("SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "1")
        .containsEntry("SPRING_DATASOURCE_HIKARI_IDLE_TIMEOUT", "10000")
        // the pool still grows as far as the services' own maximum under load
        .doesNotContainKey("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE");
    // and closes what it opened beyond that within seconds (Hikari's own check runs every 30 s)
    assertThat(AppCommand.of(app("permit-service"), options, "java", null).command())
        .contains("-Dcom.zaxxer.hikari.housekeeping.periodMs=5000");
    assertThat(AppCommand.environment(app("gateway"), options))
        .doesNotContainKey("SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE");
    assertThat(AppCommand.of(app("gateway"), options, "java", null).command())
        .noneMatch(option -> option.contains("hikari"));
    // a test that needs the services' own pool settings can still have them
    assertThat(
            AppCommand.environment(
                app("fee-service"),
                options.withExtraEnvironment(
                    "fee-service", Map.of("SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "10"))))
        .containsEntry("SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE", "10");
  }

  @Test
  void aJvmThatEndedAfterSigtermOrByItselfStoppedCleanlyAKilledOneDidNot() {
    assertThat(AppProcess.stoppedCleanly(143)).isTrue();
    assertThat(AppProcess.stoppedCleanly(0)).isTrue();
    assertThat(AppProcess.stoppedCleanly(137)).isFalse(); // SIGKILL
    assertThat(AppProcess.stoppedCleanly(1)).isFalse(); // a failed start
  }

  @Test
  void theStackCommandRunsWithAotCachesUnlessToldNotTo() {
    assertThat(LocalStackMain.options(new String[] {"up"}).aotCache()).isTrue();
    assertThat(LocalStackMain.options(new String[] {"up", "--no-aot-cache"}).aotCache()).isFalse();
    // the Java API (system tests: a fresh data folder each run) does not record caches
    assertThat(LocalStackOptions.forRepository(Path.of("/repo")).aotCache()).isFalse();
  }
}

package kz.cites.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.cites.testsupport.EmbeddedInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Several instances of verification-service share one database: each check waiting for its registry
 * is claimed by one instance at a time, a claim is given back when the outcome is stored, and the
 * claim of an instance that died expires with its lease. On real PostgreSQL.
 */
class CheckClaimsTest {

  private static JdbcClient jdbc;

  private final List<UUID> waiting = new ArrayList<>();

  @BeforeAll
  static void database() {
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(
            EmbeddedInfrastructure.jdbcUrl("verification_claims"),
            EmbeddedInfrastructure.username(),
            EmbeddedInfrastructure.password());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(dataSource);
  }

  @BeforeEach
  void threeChecksWaitOneIsDoneAndOneBelongsToACompletedVerification() {
    jdbc.sql("delete from verification_check").update();
    jdbc.sql("delete from verification").update();
    UUID open = verification("IN_PROGRESS");
    for (String kind : List.of("IDENTITY", "DUTY_PAYMENT", "COURT_RECORDS")) {
      waiting.add(check(open, kind, kind.equals("DUTY_PAYMENT") ? "PENDING" : "UNAVAILABLE"));
    }
    check(open, "ENTREPRENEUR", "PASSED");
    check(verification("COMPLETED"), "IDENTITY", "UNAVAILABLE");
  }

  @Test
  void eachWaitingCheckIsClaimedByOneInstanceAtATime() {
    CheckClaims first = new CheckClaims(jdbc, Duration.ofMinutes(1), "first");
    CheckClaims second = new CheckClaims(jdbc, Duration.ofMinutes(1), "second");

    List<UUID> byFirst = first.claimWaiting(2);
    List<UUID> bySecond = second.claimWaiting(10);

    assertThat(byFirst).hasSize(2);
    assertThat(bySecond).hasSize(1).doesNotContainAnyElementsOf(byFirst);
    assertThat(union(byFirst, bySecond)).containsExactlyInAnyOrderElementsOf(waiting);
    assertThat(first.claimWaiting(10)).as("all held").isEmpty();
    assertThat(second.claim(waiting)).as("nor claimed when freshly opened").isEmpty();

    second.release(byFirst.getFirst());
    assertThat(second.claimWaiting(10)).as("only the claimant gives a claim back").isEmpty();
    first.release(byFirst.getFirst());
    assertThat(second.claimWaiting(10)).containsExactly(byFirst.getFirst());
  }

  @Test
  void instancesClaimingAtTheSameMomentGetDisjointChecks() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<UUID>>> rounds = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        CheckClaims instance = new CheckClaims(jdbc, Duration.ofMinutes(1), "instance-" + i);
        rounds.add(() -> instance.claimWaiting(10));
      }
      List<UUID> all = new ArrayList<>();
      for (Future<List<UUID>> round : threads.invokeAll(rounds)) {
        all.addAll(round.get());
      }
      assertThat(all).as("no check claimed twice").doesNotHaveDuplicates();
      assertThat(all).containsExactlyInAnyOrderElementsOf(waiting);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theClaimOfAnInstanceThatDiedExpiresWithItsLease() {
    CheckClaims died = new CheckClaims(jdbc, Duration.ofSeconds(1), "died");
    CheckClaims survivor = new CheckClaims(jdbc, Duration.ofMinutes(1), "survivor");
    assertThat(died.claimWaiting(10)).hasSize(3);
    assertThat(survivor.claimWaiting(10)).isEmpty();

    List<UUID> taken = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              taken.addAll(survivor.claimWaiting(10));
              return taken.size() == 3;
            });
    assertThat(taken).containsExactlyInAnyOrderElementsOf(waiting);
  }

  private static Set<UUID> union(List<UUID> a, List<UUID> b) {
    Set<UUID> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static UUID verification(String status) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    jdbc.sql(
            """
            insert into verification
              (application_id, registration_number, status, opened_at, updated_at, version)
            values (:id, 'KZ-1', :status, :now, :now, 0)
            """)
        .param("id", id)
        .param("status", status)
        .param("now", java.sql.Timestamp.from(now))
        .update();
    return id;
  }

  private static UUID check(UUID verification, String kind, String status) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into verification_check (id, application_id, kind, subject_id, status)
            values (:id, :verification, :kind, '811201401188', :status)
            """)
        .param("id", id)
        .param("verification", verification)
        .param("kind", kind)
        .param("status", status)
        .update();
    return id;
  }
}

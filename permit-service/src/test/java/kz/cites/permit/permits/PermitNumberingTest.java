package kz.cites.permit.permits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import kz.cites.permit.Fixtures;
import kz.cites.permit.IntegrationTest;
import kz.cites.permit.permits.domain.Permit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PermitNumberingTest extends IntegrationTest {

  @Autowired PermitIssuer issuer;
  @Autowired JdbcClient jdbc;

  /** Starts the year afresh, whatever other tests of this context issued before. */
  @BeforeEach
  void emptyYear() {
    jdbc.sql("delete from permit").update();
    jdbc.sql("delete from permit_number_counter").update();
  }

  @Test
  void parallelIssuersGetEveryNumberOfTheYearOnce() throws Exception {
    List<Callable<String>> issues =
        IntStream.range(0, 40)
            .<Callable<String>>mapToObj(
                i ->
                    () ->
                        issuer
                            .issue(
                                UUID.randomUUID(),
                                "KZ-2026-" + i,
                                Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
                                Fixtures.REGISTERED_HOLDER)
                            .number())
            .toList();

    List<String> numbers = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
      for (Future<String> number : threads.invokeAll(issues)) {
        numbers.add(number.get());
      }
    }

    List<String> expected =
        IntStream.rangeClosed(1, 40).mapToObj(n -> String.format("26KZ%06d", n)).toList();
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(jdbc.sql("select number from permit").query(String.class).list())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void issuedPermitCarriesTheFormAndValidityOfItsType() {
    Permit permit =
        issuer.issue(
            UUID.randomUUID(),
            "KZ-2026-1",
            Fixtures.exportOfSakerFalcon(Fixtures.HOLDER_IIN, true),
            Fixtures.REGISTERED_HOLDER);

    assertThat(permit.number()).isEqualTo("26KZ000001");
    assertThat(permit.validUntil()).hasToString("2027-02-28");
    assertThat(permit.securityCode()).hasSize(8);
    assertThat(
            jdbc.sql("select form::text from permit where number = :number")
                .param("number", permit.number())
                .query(String.class)
                .single())
        .contains("Falcon Club Dubai")
        .contains("Falco cherrug");
  }
}

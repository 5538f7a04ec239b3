package kz.cites.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The layout rules accept a service laid out as ADR 0004 says and name each misplaced class. */
class ArchitectureRulesTest {

  private static final String GOOD = "kz.cites.fixture.good";
  private static final String BAD = "kz.cites.fixture.bad";

  private final JavaClasses good = new ClassFileImporter().importPackages(GOOD);
  private final JavaClasses bad = new ClassFileImporter().importPackages(BAD);

  @Test
  void aServiceInTheHouseLayoutPasses() {
    EvaluationResult result = ArchitectureRules.houseLayout(GOOD).evaluate(good);

    assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
  }

  @Test
  void aClassInARoomTheLayoutDoesNotHaveFails() {
    assertThat(violations(ArchitectureRules.everyClassInItsRoom(BAD)))
        .contains(BAD + ".orders.service.OrderHelper")
        .doesNotContain(BAD + ".orders.domain.Order ");
  }

  @Test
  void aUseCaseInsideTheDomainFails() {
    assertThat(violations(ArchitectureRules.useCasesAtTheFeatureRoot(BAD)))
        .contains(BAD + ".orders.domain.OrderTaking");
    assertThat(violations(ArchitectureRules.domainIsFreeOfAdapters()))
        .contains(BAD + ".orders.domain.OrderTaking");
  }

  @Test
  void readingTheSystemClockOrNamingAZoneFails() {
    String report = violations(ArchitectureRules.timeFromTheClock(BAD));

    assertThat(report).contains("Instant.now()").contains("ZoneId.of(java.lang.String)");
  }

  @Test
  void theWholeLayoutReportsEveryMisplacedClass() {
    String report = violations(ArchitectureRules.houseLayout(BAD));

    assertThat(report)
        .contains(BAD + ".orders.service.OrderHelper")
        .contains(BAD + ".orders.domain.OrderTaking")
        .contains("Instant.now()");
  }

  private String violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(bad);
    assertThat(result.hasViolation()).as("the rule should find a violation").isTrue();
    return result.getFailureReport().toString();
  }
}

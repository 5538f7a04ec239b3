package kz.cites.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/** The module boundaries every service keeps, as ArchUnit rules in one place. */
public final class ArchitectureRules {

  private ArchitectureRules() {}

  /**
   * {@code ..domain..} packages know no adapter: not our web, messaging or persistence packages
   * (platform/web and platform/messaging included), nor Spring Web or Kafka. JPA mapping
   * annotations ({@code jakarta.persistence}) are allowed on purpose, which is why our adapter
   * packages are named with the {@code kz.cites} prefix rather than a bare {@code ..persistence..}.
   *
   * @param moreAdapterPackages a service's own adapter packages, e.g. {@code
   *     "kz.cites.verification.egov.."}
   */
  public static ArchRule domainIsFreeOfAdapters(String... moreAdapterPackages) {
    List<String> forbidden =
        new ArrayList<>(
            List.of(
                "kz.cites..web..",
                "kz.cites..messaging..",
                "kz.cites..persistence..",
                "org.springframework.web..",
                "org.springframework.kafka.."));
    forbidden.addAll(List.of(moreAdapterPackages));
    return noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden.toArray(String[]::new));
  }
}

package kz.cites.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The house layout every service keeps (docs/adr/0004-one-house-layout.md), as ArchUnit rules in
 * one place. A service's {@code ArchitectureTest} checks {@link #houseLayout} on its main classes.
 *
 * <pre>
 * kz.cites.&lt;service&gt;                       the application class, service-wide wiring
 * kz.cites.&lt;service&gt;.web                   SecurityRules (the one filter chain), ApiProblem (the
 *                                         problem catalogue), API documentation
 * kz.cites.&lt;service&gt;.&lt;feature&gt;             use cases (&#64;Service), feature settings
 * kz.cites.&lt;service&gt;.&lt;feature&gt;.domain      model, rules, ports, Spring Data repositories
 * kz.cites.&lt;service&gt;.&lt;feature&gt;.web         controllers, request and response bodies
 * kz.cites.&lt;service&gt;.&lt;feature&gt;.persistence adapters of domain ports to the database
 * kz.cites.&lt;service&gt;.&lt;feature&gt;.messaging   Kafka listeners, outbox adapters of event ports
 * kz.cites.&lt;service&gt;.&lt;outside system&gt;..    adapters of one outside system (declared per service)
 * </pre>
 */
public final class ArchitectureRules {

  private static final String SPRING_STEREOTYPES = "org.springframework.stereotype.";

  private ArchitectureRules() {}

  /**
   * Every rule of the house layout for the service in {@code servicePackage} (e.g. {@code
   * kz.cites.fee}).
   *
   * @param outsideAdapters the service's adapters of one outside system, as package patterns (e.g.
   *     {@code "kz.cites.verification.egov.."}); they may nest deeper than a feature and the domain
   *     must not know them
   */
  public static ArchRule houseLayout(String servicePackage, String... outsideAdapters) {
    return CompositeArchRule.of(everyClassInItsRoom(servicePackage, outsideAdapters))
        .and(domainIsFreeOfAdapters(outsideAdapters))
        .and(useCasesAtTheFeatureRoot(servicePackage))
        .and(repositoriesInTheDomain())
        .and(controllersInWeb())
        .and(listenersInMessaging())
        .and(oneSecurityConfiguration(servicePackage))
        .and(oneProblemCatalogue(servicePackage))
        .and(timeFromTheClock(servicePackage));
  }

  /** A class lives in one of the rooms of the layout, or in a declared outside-system adapter. */
  public static ArchRule everyClassInItsRoom(String servicePackage, String... outsideAdapters) {
    List<String> rooms =
        new ArrayList<>(
            List.of(
                servicePackage,
                servicePackage + ".*",
                servicePackage + ".*.domain",
                servicePackage + ".*.web",
                servicePackage + ".*.persistence",
                servicePackage + ".*.messaging"));
    rooms.addAll(List.of(outsideAdapters));
    return classes()
        .that()
        .resideInAPackage(servicePackage + "..")
        .should()
        .resideInAnyPackage(rooms.toArray(String[]::new))
        .as("every class of " + servicePackage + " lives in a room of the house layout (ADR 0004)");
  }

  /**
   * {@code ..domain..} packages know no adapter: not our web, messaging or persistence packages
   * (platform/web and platform/messaging included), nor Spring Web, Kafka or scheduling, and hold
   * no Spring beans (use cases live at the feature root). JPA mapping annotations ({@code
   * jakarta.persistence}) and Spring Data repository interfaces are allowed on purpose (ADR 0002),
   * which is why our adapter packages are named with the {@code kz.cites} prefix rather than a bare
   * {@code ..persistence..}.
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
                "org.springframework.kafka..",
                "org.springframework.scheduling.."));
    forbidden.addAll(List.of(moreAdapterPackages));
    ArchRule noAdapters =
        noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(forbidden.toArray(String[]::new));
    ArchRule noBeans =
        noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .beAnnotatedWith(SPRING_STEREOTYPES + "Service")
            .orShould()
            .beAnnotatedWith(SPRING_STEREOTYPES + "Component")
            .orShould()
            .beAnnotatedWith(SPRING_STEREOTYPES + "Repository")
            .orShould()
            .beAnnotatedWith("org.springframework.context.annotation.Configuration")
            .as(
                "no class in a domain package is a Spring bean (use cases live at the feature root)");
    return CompositeArchRule.of(noAdapters).and(noBeans);
  }

  /** A use case ({@code @Service}) sits at its feature's root, beside the feature's rooms. */
  public static ArchRule useCasesAtTheFeatureRoot(String servicePackage) {
    return classes()
        .that()
        .areAnnotatedWith(SPRING_STEREOTYPES + "Service")
        .should()
        .resideInAPackage(servicePackage + ".*")
        .andShould()
        .resideOutsideOfPackage(servicePackage + ".web")
        .as(
            "use cases (@Service) sit at the root of their feature, "
                + servicePackage
                + ".<feature>");
  }

  /** Spring Data repositories are ports of the domain; JDBC adapters live in persistence. */
  public static ArchRule repositoriesInTheDomain() {
    return classes()
        .that()
        .areAssignableTo("org.springframework.data.repository.Repository")
        .and()
        .areInterfaces()
        .should()
        .resideInAPackage("..domain")
        .as("Spring Data repositories sit in their feature's domain")
        .allowEmptyShould(true);
  }

  /** Controllers and their exception advice live in a web package. */
  public static ArchRule controllersInWeb() {
    return classes()
        .that()
        .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
        .or()
        .areAnnotatedWith("org.springframework.web.bind.annotation.RestControllerAdvice")
        .or()
        .areAnnotatedWith(SPRING_STEREOTYPES + "Controller")
        .should()
        .resideInAPackage("..web")
        .as("controllers sit in a web package")
        .allowEmptyShould(true);
  }

  /** Kafka listeners live in a messaging package. */
  public static ArchRule listenersInMessaging() {
    ArchRule methodListeners =
        methods()
            .that()
            .areAnnotatedWith("org.springframework.kafka.annotation.KafkaListener")
            .should()
            .beDeclaredInClassesThat()
            .resideInAPackage("..messaging")
            .allowEmptyShould(true);
    ArchRule classListeners =
        classes()
            .that()
            .areAnnotatedWith("org.springframework.kafka.annotation.KafkaListener")
            .should()
            .resideInAPackage("..messaging")
            .allowEmptyShould(true);
    return CompositeArchRule.of(methodListeners)
        .and(classListeners)
        .as("Kafka listeners sit in a messaging package");
  }

  /** The service's one security filter chain is {@code <service>.web.SecurityRules}. */
  public static ArchRule oneSecurityConfiguration(String servicePackage) {
    return methods()
        .that()
        .haveRawReturnType("org.springframework.security.web.SecurityFilterChain")
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage(servicePackage + "..")
        .should()
        .beDeclaredIn(servicePackage + ".web.SecurityRules")
        .as("the security filter chain is declared in " + servicePackage + ".web.SecurityRules")
        .allowEmptyShould(true);
  }

  /**
   * Problems come from the catalogue: {@code <service>.web.ApiProblem} is the only {@code
   * ProblemType}, and no class builds a {@code ProblemDetail} itself ({@code ProblemException} can
   * only be made from a {@code ProblemType}: its constructor is platform/web's).
   */
  public static ArchRule oneProblemCatalogue(String servicePackage) {
    ArchRule catalogue =
        classes()
            .that()
            .implement("kz.cites.web.ProblemType")
            .and()
            .resideInAPackage(servicePackage + "..")
            .should()
            .haveFullyQualifiedName(servicePackage + ".web.ApiProblem")
            .allowEmptyShould(true);
    ArchRule noInlineProblems =
        noClasses()
            .that()
            .resideInAPackage(servicePackage + "..")
            .should()
            .callMethod(
                "org.springframework.http.ProblemDetail",
                "forStatusAndDetail",
                "org.springframework.http.HttpStatusCode",
                "java.lang.String")
            .orShould()
            .callMethod(
                "org.springframework.http.ProblemDetail",
                "forStatus",
                "org.springframework.http.HttpStatusCode")
            .as(
                "every problem of "
                    + servicePackage
                    + " is built from its web.ApiProblem catalogue");
    return CompositeArchRule.of(catalogue).and(noInlineProblems);
  }

  /**
   * "Now" comes from the {@code Clock} bean and the zone from {@code Kazakhstan.ZONE}: no class
   * reads the system clock or names a zone itself.
   */
  public static ArchRule timeFromTheClock(String servicePackage) {
    return noClasses()
        .that()
        .resideInAPackage(servicePackage + "..")
        .should()
        .callMethod("java.time.Instant", "now")
        .orShould()
        .callMethod("java.time.LocalDate", "now")
        .orShould()
        .callMethod("java.time.LocalDateTime", "now")
        .orShould()
        .callMethod("java.time.ZonedDateTime", "now")
        .orShould()
        .callMethod("java.time.OffsetDateTime", "now")
        .orShould()
        .callMethod("java.lang.System", "currentTimeMillis")
        .orShould()
        .callMethod("java.time.Clock", "systemUTC")
        .orShould()
        .callMethod("java.time.Clock", "system", "java.time.ZoneId")
        .orShould()
        .callMethod("java.time.ZoneId", "of", "java.lang.String")
        .as(
            "classes of "
                + servicePackage
                + " take now from the Clock bean and the zone from Kazakhstan.ZONE");
  }
}

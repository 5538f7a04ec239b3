package kz.cites.permit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "kz.cites.permit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  // Our own adapter packages; jakarta.persistence mapping annotations on entities are allowed.
  @ArchTest
  static final ArchRule domainIsFreeOfAdapters =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "kz.cites..web..",
              "kz.cites..messaging..",
              "kz.cites..persistence..",
              "org.springframework.web..",
              "org.springframework.kafka..");
}

package kz.cites.fee;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "kz.cites.fee", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  // Our adapter packages (kz.cites..): a bare "..persistence.." would also match the JPA
  // annotations (jakarta.persistence) that the domain entities carry on purpose.
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

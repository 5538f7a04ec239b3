package kz.cites.verification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  static final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("kz.cites.verification");

  @Test
  void theDomainKnowsNoAdapters() {
    // jakarta.persistence mapping annotations are allowed in the domain; our persistence, web,
    // messaging and e-gov adapter packages, Spring Web and Kafka are not.
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "kz.cites..web..",
            "kz.cites..messaging..",
            "kz.cites..persistence..",
            "kz.cites.verification.egov..",
            "org.springframework.web..",
            "org.springframework.kafka..")
        .check(classes);
  }
}

package kz.cites.permit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kz.cites.testsupport.ArchitectureRules;

/** The house layout of docs/adr/0004-one-house-layout.md, checked on the service's main classes. */
@AnalyzeClasses(packages = "kz.cites.permit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule houseLayout =
      ArchitectureRules.houseLayout("kz.cites.permit", "kz.cites.permit.nca..");
}

package org.pmoengine;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package picture of src/site/markdown/architecture.md, as rules the build checks. Shared
 * packages serve every feature and know none; features form no cycle; the engine stays in the
 * glue, so that the services can be read (and a move to a compatible engine stays small).
 */
class ArchitectureTests {

  static final String ROOT = "org.pmoengine";
  static final List<String> FEATURES = List.of("intake", "gate", "status", "register",
      "lifecycle", "change", "budget", "postmortem", "plans", "portfolio", "workspace",
      "demo");
  static final List<String> SHARED = List.of("project", "scoring", "scheduling", "notification",
      "security", "web", "config", "records");

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  @Test
  void featurePackagesFormNoCycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void sharedPackagesKnowNoFeature() {
    noClasses().that().resideInAnyPackage(packages(SHARED))
        .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES))
        .check(CLASSES);
  }

  @Test
  void schedulingIsPureJavaAndKnowsNothingElseOfOurs() {
    noClasses().that().resideInAPackage(ROOT + ".scheduling..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..",
            "org.camunda..", "jakarta..")
        .orShould().dependOnClassesThat(describe("another package of ours",
            (JavaClass c) -> c.getPackageName().startsWith(ROOT + ".")
                && !c.getPackageName().startsWith(ROOT + ".scheduling")))
        .check(CLASSES);
  }

  @Test
  void scoringKnowsNoFeature() {
    noClasses().that().resideInAPackage(ROOT + ".scoring..")
        .should().dependOnClassesThat().resideInAnyPackage(packages(FEATURES))
        .check(CLASSES);
  }

  @Test
  void theEngineStaysInGlueEntryPointsThePeopleDirectoryAndSecurity() {
    noClasses().that(describe("are not glue, process entry points, the people directory,"
            + " security or the error boundary", (JavaClass c) -> !mayUseTheEngine(c)))
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .check(CLASSES);
  }

  @Test
  void engineInternalsOnlyInSecurity() {
    noClasses().that().resideOutsideOfPackage(ROOT + ".security..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .check(CLASSES);
  }

  /**
   * Glue moves data between the engine and one service (delegates, listeners); process entry
   * points start or correlate processes and read their history or open tasks; the people directory reads the
   * engine's identity service; the error boundary turns engine exceptions into problem details.
   */
  static boolean mayUseTheEngine(JavaClass c) {
    String name = c.getSimpleName().isEmpty() ? c.getEnclosingClass().map(JavaClass::getSimpleName)
        .orElse("") : outermost(c).getSimpleName();
    return c.getPackageName().startsWith(ROOT + ".security")
        || c.getPackageName().equals(ROOT + ".web")
        || name.equals("People")
        || name.endsWith("Delegate") || name.endsWith("Listener")
        || name.endsWith("Process") || name.endsWith("Starter") || name.endsWith("Messages")
        || name.endsWith("History") || name.endsWith("Tasks");
  }

  private static JavaClass outermost(JavaClass c) {
    JavaClass at = c;
    while (at.getEnclosingClass().isPresent()) {
      at = at.getEnclosingClass().get();
    }
    return at;
  }

  private static String[] packages(List<String> names) {
    return names.stream().map(n -> ROOT + "." + n + "..").toArray(String[]::new);
  }
}

package org.policymonitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Module boundaries: each package directly under {@code org.policymonitor} is a feature module. Its top
 * package is its API; its sub-packages ({@code ui}, ...) are its own. Only {@code workflow} talks to Flowable.
 */
class ArchitectureTest {

    private static final String BASE = "org.policymonitor";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void onlyTheWorkflowModuleImportsFlowable() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage(BASE + ".workflow..")
                .should().dependOnClassesThat().resideInAPackage("org.flowable..")
                .allowEmptyShould(true);
        rule.check(CLASSES);
    }

    @Test
    void noModuleReachesIntoAnotherModulesSubPackages() {
        boundaryRule().check(CLASSES);
    }

    @Test
    void theBoundaryRuleCatchesAViolation() {
        JavaClasses fixture = new ClassFileImporter().importClasses(
                org.policymonitor.archfixture.Caller.class,
                org.policymonitor.archfixture.internal.Hidden.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> boundaryRule().check(
                new ClassFileImporter().importClasses(CallerOfOtherModule.class, org.policymonitor.archfixture.internal.Hidden.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Hidden");
        boundaryRule().check(fixture); // inside one module, sub-packages are fine
    }

    /** Stands in a module of its own ("the test root") and uses another module's internals. */
    static class CallerOfOtherModule {
        Object use() {
            return new org.policymonitor.archfixture.internal.Hidden();
        }
    }

    static ArchRule boundaryRule() {
        return classes().that().resideInAPackage(BASE + "..")
                .should(new ArchCondition<>("only use other modules through their top-level package") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String ownModule = module(item);
                        item.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            String targetModule = module(target);
                            if (targetModule == null || targetModule.equals(ownModule)) {
                                return;
                            }
                            String targetPackage = target.getPackageName();
                            boolean internal = !targetPackage.equals(BASE + "." + targetModule);
                            boolean uiToUi = item.getPackageName().endsWith(".ui")
                                    && targetPackage.equals(BASE + "." + targetModule + ".ui");
                            if (internal && !uiToUi) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                });
    }

    @Test
    void everyFeatureModuleIsPackagedByFeature() {
        Set<String> modules = CLASSES.stream().map(ArchitectureTest::module).filter(m -> m != null)
                .collect(Collectors.toSet());
        org.assertj.core.api.Assertions.assertThat(modules)
                .contains("measure", "party", "security", "vocabulary", "i18n", "shell", "shared")
                .allSatisfy(m -> org.assertj.core.api.Assertions.assertThat(m)
                        .doesNotMatch("(?i)controllers?|services?|repositor(y|ies)|entit(y|ies)|models?"));
    }

    /** The module of a class: the first package segment under the base package, or null outside it. */
    static String module(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (!pkg.startsWith(BASE + ".")) {
            return null;
        }
        String rest = pkg.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}

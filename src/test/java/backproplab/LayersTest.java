package backproplab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.MainView;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import graph, checked on every build so that a change cannot quietly break it: no package
 * imports another that imports it back, the window's app/ is in layers (the shell on top, then the
 * Explain windows, then the features, then the kit of widgets, then the session's state), the
 * features do not import each other, and nothing outside the window imports it.
 */
class LayersTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("backproplab");
    private static final List<String> FEATURES = List.of("curves", "panels", "stepping");

    /** app/ from the top: each layer may be used only by the layers above it. */
    static final ArchRule APP_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("shell").definedBy("backproplab.app")
            .layer("explain").definedBy("backproplab.app.explain..")
            .layer("features").definedBy(FEATURES.stream().map(f -> "backproplab.app." + f + "..").toArray(String[]::new))
            .layer("kit").definedBy("backproplab.app.kit..")
            .layer("session").definedBy("backproplab.app.session..")
            .whereLayer("shell").mayNotBeAccessedByAnyLayer()
            .whereLayer("explain").mayOnlyBeAccessedByLayers("shell")
            .whereLayer("features").mayOnlyBeAccessedByLayers("shell", "explain")
            .whereLayer("kit").mayOnlyBeAccessedByLayers("shell", "explain", "features")
            .whereLayer("session").mayOnlyBeAccessedByLayers("shell", "explain", "features", "kit");

    @Test
    void noPackageImportsOneThatImportsItBack() {
        slices().matching("backproplab.(**)").should().beFreeOfCycles().check(APP);
    }

    @Test
    void appIsInLayersAndNothingBelowImportsAnythingAbove() {
        APP_LAYERS.check(APP);
    }

    @Test
    void theFeaturesDoNotImportEachOther() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> "backproplab.app." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("backproplab.app." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others).check(APP);
        }
    }

    @Test
    void onlyTheWindowUsesJavaFxAndNothingBelowItImportsIt() {
        noClasses().that().resideOutsideOfPackages("backproplab.app..", "backproplab")
                .should().dependOnClassesThat().resideInAnyPackage("backproplab.app..", "javafx..").check(APP);
        noClasses().that().resideOutsideOfPackages("backproplab.cli..", "backproplab")
                .should().dependOnClassesThat().resideInAPackage("backproplab.cli..").check(APP);
    }

    @Test
    void theLayerRuleCatchesASessionClassThatReachesUp() throws Exception {
        JavaClasses breach = new ClassFileImporter().importClasses(Class.forName("backproplab.app.session.LayerBreach"),
                MainView.class);
        assertTrue(APP_LAYERS.evaluate(breach).hasViolation(), "the rule can fail");
    }
}

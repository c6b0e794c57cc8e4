package backproplab.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One seed, the same numbers on every machine: the engine evaluates every transcendental function
 * with StrictMath, never with Math (whose intrinsics may differ by an ulp between JVMs and processors).
 */
class StrictMathTest {
    private static final Set<String> TRANSCENDENTAL = Set.of("exp", "expm1", "log", "log10", "log1p", "pow", "tanh", "sinh", "cosh",
            "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "cbrt", "hypot");

    static final ArchRule NO_MATH_TRANSCENDENTAL = noClasses().that().resideInAPackage("backproplab.engine..")
            .should().callMethodWhere(DescribedPredicate.describe("a transcendental function of java.lang.Math",
                    (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Math.class) && TRANSCENDENTAL.contains(call.getName())));

    @Test
    void theEngineCallsNoTranscendentalFunctionOfMath() {
        JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("backproplab.engine");
        NO_MATH_TRANSCENDENTAL.check(engine);
    }

    /** Calls Math.exp, as the engine must not. */
    static final class Breach {
        static double sigmoid(double z) {
            return 1 / (1 + Math.exp(-z));
        }
    }

    @Test
    void theRuleCatchesACallOfMathExp() {
        assertTrue(NO_MATH_TRANSCENDENTAL.evaluate(new ClassFileImporter().importClasses(Breach.class)).hasViolation(), "the rule can fail");
    }
}

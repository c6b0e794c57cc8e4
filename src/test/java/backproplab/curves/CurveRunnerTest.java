package backproplab.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;
import backproplab.engine.Loss;
import backproplab.setup.LessonSetup;
import backproplab.setup.Setup;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CurveRunnerTest {
    private static final WordWindows WORDS = WordWindows.bundled();
    private static final LessonSetup BASE = LessonSetup.classroom();

    private static CurveSpec spec(Activation a, OptimizerSettings.Type t, double lr) {
        return new CurveSpec(a, OptimizerSettings.of(t, lr));
    }

    private static List<Curve> run(LessonSetup base, List<CurveSpec> specs, int epochs) throws InterruptedException {
        ExperimentData data = ExperimentData.build(base, WORDS, Preprocessor.Kind.NONE);
        return CurveRunner.run(new CurveRunner.Plan(base, specs, epochs, 1), data, (c, e, t, v) -> { }, () -> false);
    }

    @Test
    void curvesAreReproducibleForTheSameSeedAndDifferForAnother() throws Exception {
        List<CurveSpec> specs = List.of(spec(Activation.SIGMOID, OptimizerSettings.Type.SGD, 0.1),
                spec(Activation.TANH, OptimizerSettings.Type.ADAM, 0.01), spec(Activation.RELU, OptimizerSettings.Type.MOMENTUM, 0.05));
        List<Curve> a = run(BASE, specs, 20), b = run(BASE, specs, 20);
        for (int c = 0; c < specs.size(); c++) {
            assertEquals(20, a.get(c).epochs());
            assertArrayEquals(a.get(c).training(), b.get(c).training(), 0.0, specs.get(c).label());
            assertArrayEquals(a.get(c).validation(), b.get(c).validation(), 0.0);
        }
        assertTrue(a.get(0).training()[20] < a.get(0).training()[1], "sigmoid · SGD learns");
        List<Curve> other = run(Setup.classroom().with(s -> s.seed = 8).lesson(), specs, 20);
        assertFalse(other.get(0).training()[1] == a.get(0).training()[1], "another seed, other numbers");
        assertEquals("tanh · Adam", a.get(1).legend());
    }

    @Test
    void aDivergingRunStopsAtTheFirstNonFiniteEpochAndTheOthersGoOn() throws Exception {
        // Squared error with an identity output is unbounded; the max-margin hinge is not (it never
        // diverges, even at α = 50), so this uses squared error, where tanh · SGD at α = 1 blows up.
        LessonSetup squared = Setup.classroom().with(b -> b.loss = Loss.Kind.SQUARED_ERROR).lesson();
        CurveSpec wild = spec(Activation.TANH, OptimizerSettings.Type.SGD, 1.0);
        CurveSpec calm = spec(Activation.SIGMOID, OptimizerSettings.Type.SGD, 0.1);
        List<Curve> curves = run(squared, List.of(wild, calm), 60);
        Curve diverged = curves.get(0);
        assertTrue(diverged.diverged(), "α = 1 diverges");
        int d = diverged.divergedEpoch();
        assertTrue(d >= 2, "diverges after some finite epochs, at " + d);
        assertFalse(Double.isFinite(diverged.divergedValue()));
        assertEquals(d - 1, diverged.epochs(), "the curve holds the epochs before the divergence");
        assertEquals("tanh · SGD (diverged at epoch " + d + ")", diverged.legend());
        assertEquals(60, curves.get(1).epochs(), "the other run goes on");
        assertFalse(curves.get(1).diverged());
        // The epoch is the right one: the epochs before it finish cleanly, with the same numbers.
        Curve before = run(squared, List.of(wild), d - 1).get(0);
        assertFalse(before.diverged());
        assertArrayEquals(diverged.training(), before.training(), 0.0);
        for (double loss : before.training()) assertTrue(Double.isFinite(loss));
        // Under the max-margin loss the same run stays finite.
        assertFalse(run(BASE, List.of(spec(Activation.RELU, OptimizerSettings.Type.SGD, 50)), 30).get(0).diverged());
    }

    @Test
    void cancellingStopsEveryRun() throws Exception {
        ExperimentData data = ExperimentData.build(BASE, WORDS, Preprocessor.Kind.NORMALIZE);
        AtomicInteger epochs = new AtomicInteger();
        List<Curve> curves = CurveRunner.run(new CurveRunner.Plan(BASE, List.of(spec(Activation.TANH, OptimizerSettings.Type.SGD, 0.1),
                spec(Activation.SIGMOID, OptimizerSettings.Type.ADAGRAD, 0.1)), 10_000, 1), data,
                (c, e, t, v) -> epochs.incrementAndGet(), () -> epochs.get() >= 10);
        for (Curve c : curves) assertTrue(c.epochs() < 20, "stopped after " + c.epochs());
    }

    @Test
    void squaredErrorScoresEachWindowAlone() {
        ExperimentData pairs = ExperimentData.build(BASE, WORDS, Preprocessor.Kind.NONE);
        ExperimentData single = ExperimentData.build(Setup.classroom().with(b -> b.loss = Loss.Kind.SQUARED_ERROR).lesson(), WORDS, Preprocessor.Kind.NONE);
        assertEquals(2 * pairs.training().length, single.training().length);
        assertArrayEquals(new double[] {1}, single.training()[0].partner(), 0.0);
        assertArrayEquals(new double[] {0}, single.training()[1].partner(), 0.0);
        assertArrayEquals(pairs.training()[0].partner(), single.training()[1].x(), 0.0);
    }
}

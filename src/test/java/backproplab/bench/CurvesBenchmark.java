package backproplab.bench;

import backproplab.curves.Curve;
import backproplab.curves.CurveRunner;
import backproplab.curves.CurveSpec;
import backproplab.curves.ExperimentData;
import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;
import backproplab.setup.LessonSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The loss-curve panel's heaviest ordinary request: all 6 activations × 5 optimizers × 100
 * epochs on the default word-window data (4-2-1, 1-word windows), on every core. Reports
 * milliseconds per full experiment, including building the shared data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class CurvesBenchmark {
    private WordWindows words;
    private LessonSetup setup;
    private List<CurveSpec> specs;

    @Setup
    public void setUp() {
        words = WordWindows.bundled();
        setup = LessonSetup.classroom();
        specs = new ArrayList<>();
        Activation[] activations = {Activation.SIGMOID, Activation.TANH, Activation.HARDTANH, Activation.SOFTSIGN,
            Activation.RELU, Activation.LEAKY_RELU};
        for (Activation a : activations) {
            for (OptimizerSettings.Type t : OptimizerSettings.Type.values()) {
                specs.add(new CurveSpec(a, OptimizerSettings.of(t, backproplab.setup.Setup.defaultLearningRate(t))));
            }
        }
    }

    @Benchmark
    public List<Curve> thirtyCurvesOfHundredEpochs() throws InterruptedException {
        ExperimentData data = ExperimentData.build(setup, words, Preprocessor.Kind.NONE);
        return CurveRunner.run(new CurveRunner.Plan(setup, specs, 100, 1), data, (c, e, t, v) -> { }, () -> false);
    }
}

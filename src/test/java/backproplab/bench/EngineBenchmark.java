package backproplab.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bench workloads under JMH: one training step per operation through Learner.step.
 * Run with {@code ./mvnw test-compile exec:exec@jmh}; the gc profiler's
 * {@code gc.alloc.rate.norm} shows the bytes allocated per step (0).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
    private static final int STEPS = Workload.SAMPLES;

    @Param({"W1", "W2", "W3"})
    public Workload workload;

    private Workload.Setup setup;

    @Setup(Level.Trial)
    public void setUp() {
        setup = workload.setUp();
    }

    /** One pass over the 1000 samples; throughput is reported per step (update or pair). */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public double trainingStep() {
        return setup.run(0, STEPS);
    }
}

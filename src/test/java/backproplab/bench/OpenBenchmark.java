package backproplab.bench;

import backproplab.data.WordWindows;
import backproplab.scenario.ScenarioFile;
import backproplab.setup.Limits;
import backproplab.setup.Position;
import backproplab.setup.Preset;
import backproplab.setup.Session;
import backproplab.walkthrough.Lesson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening the largest lesson the stepping view allows: 4-64-64-64-64-64-1 (7 layers, 16,704
 * weights) on the bundled words, saved at 0 and at {@link Limits#UPDATES} updates. Reports
 * milliseconds to read and check the file and rebuild the lesson at its position (what Open does
 * off the window's thread before it shows the lesson); the difference is the replay.
 *
 *   ./mvnw test-compile exec:exec@jmh -Djmh.args=OpenBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class OpenBenchmark {
    @Param({"0", "10000"})
    public int updates;

    private String file;

    @Setup
    public void save() {
        backproplab.setup.Setup largest = backproplab.setup.Setup.classroom().withPreset(Preset.CUSTOM)
                .with(b -> b.layers = new int[] {4, 64, 64, 64, 64, 64, 1});
        file = ScenarioFile.write(new Session(largest, WordWindows.bundled(), new Position(updates, 0)));
    }

    @Benchmark
    public Lesson open() throws Exception {
        return ScenarioFile.open(file).lesson();
    }
}

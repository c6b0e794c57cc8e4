package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.config.TraceConfig;
import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.Learner;
import backproplab.engine.MaxMarginLoss;
import backproplab.engine.Network;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Sample;
import backproplab.engine.SquaredErrorLoss;
import backproplab.setup.LessonSetup;
import backproplab.setup.MazurExample;
import backproplab.setup.Preset;
import backproplab.trace.Trace;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The micro-steps carry exactly the numbers the trace command prints for the same configuration. */
class WalkthroughTest {
    private static final WordWindows DATA = WordWindows.bundled();

    /** The trace of one step of {@code setup} on its first example, from the same initial weights. */
    private static JsonNode traceOfFirstExample(LessonSetup setup, Sample sample) {
        Network network = setup.initialNetwork();
        Learner learner = new Learner(network, setup.maxMargin() ? new MaxMarginLoss(setup.margin()) : new SquaredErrorLoss(),
                setup.l2(), setup.optimizer());
        return Trace.run(new TraceConfig(learner, new Sample[] {sample}, 1, 1)).get("steps").get(0);
    }

    private static void assertMatchesTrace(Walkthrough walkthrough, JsonNode step, int layers) {
        Snapshot end = walkthrough.last().state();
        JsonNode passes = step.get("examples").get(0).get("passes");
        for (int p = 0; p < passes.size(); p++) {
            JsonNode pass = passes.get(p);
            for (int k = 2; k <= layers; k++) {
                JsonNode zs = pass.get("z").get(k - 2), as = pass.get("a").get(k - 1), ds = pass.get("delta").get(k - 2);
                for (int i = 0; i < zs.size(); i++) {
                    assertEquals(zs.get(i).doubleValue(), end.z(p, k, i), 0.0, "z p" + p + " k" + k + " i" + i);
                    assertEquals(as.get(i).doubleValue(), end.a(p, k, i), 0.0, "a");
                    assertEquals(ds.get(i).doubleValue(), end.delta(p, k, i), 0.0, "δ");
                }
            }
        }
        assertEquals(step.get("loss").doubleValue(), end.loss(), 0.0, "J");
        for (int k = 1; k < layers; k++) {
            JsonNode w = step.get("weights").get(k - 1), g = step.get("gradients").get("weights").get(k - 1);
            for (int i = 0; i < w.size(); i++) {
                for (int j = 0; j < w.get(i).size(); j++) {
                    assertEquals(w.get(i).get(j).doubleValue(), end.weight(k, i, j), 0.0, "W" + k);
                    assertEquals(g.get(i).get(j).doubleValue(), end.weightGradient(k, i, j), 0.0, "∇W" + k);
                }
                assertEquals(step.get("biases").get(k - 1).get(i).doubleValue(), end.bias(k, i), 0.0, "b" + k);
            }
        }
    }

    @Test
    void defaultExampleMatchesTheTraceStepByStep() {
        LessonSetup setup = LessonSetup.classroom();
        Lesson lesson = new Lesson(setup, DATA);
        Walkthrough w = lesson.walkthrough();
        assertEquals(List.of("paris", "museums"), w.passDescriptions());
        JsonNode trace = traceOfFirstExample(setup, DATA.classroomExample(1).sample());
        assertMatchesTrace(w, trace, 3);
        // 1 input step, 3 units × 2 passes forward, the loss, 3 × 2 δ's, 3 gradient rows, 2 layer updates.
        assertEquals(19, w.size());
        assertEquals(Phase.START, w.step(0).phase());
        assertEquals(Phase.FORWARD_TRUE, w.step(1).phase());
        assertEquals(Phase.FORWARD_CORRUPT, w.step(4).phase());
        assertEquals(Phase.LOSS, w.step(7).phase());
        assertEquals(Phase.UPDATE, w.step(18).phase());
        // Each forward step reveals exactly its own unit: the trace's z at that point, nothing later.
        JsonNode truePass = trace.get("examples").get(0).get("passes").get(0);
        Snapshot afterFirst = w.step(1).state();
        assertEquals(truePass.get("z").get(0).get(0).doubleValue(), afterFirst.z(0, 2, 0), 0.0);
        assertTrue(Double.isNaN(afterFirst.z(0, 2, 1)), "unit 2 not computed yet");
        assertTrue(Double.isNaN(afterFirst.loss()));
        assertTrue(Double.isNaN(w.step(7).state().delta(0, 3, 0)), "no δ before the backward pass");
    }

    @Test
    void mazurPresetReproducesThePublishedNumbers() {
        LessonSetup setup = LessonSetup.of(Preset.MAZUR);
        Walkthrough w = new Lesson(setup, DATA).walkthrough();
        assertMatchesTrace(w, traceOfFirstExample(setup, MazurExample.SAMPLE), 3);
        Snapshot end = w.last().state();
        assertEquals(0.298371109, end.loss(), 1e-9);
        assertEquals(0.35891648, end.weight(2, 0, 0), 1e-8, "w5");
        assertEquals(0.149780716, end.weight(1, 0, 0), 1e-9, "w1");
        assertEquals(0.35, end.bias(1, 0), 0.0, "biases are not updated");
        FormulaText z = w.step(1).formula().render(new Decimals(4));
        assertEquals("z^(2)_1 = 0.1500·0.0500 + 0.2000·0.1000 + 0.3500 = 0.3775; a^(2)_1 = σ(0.3775) = 0.5933", z.plain());
        assertTrue(w.last().formula().render(new Decimals(8)).plain().contains("W^(2)_11: 0.40000000 → 0.35891648"));
    }

    @Test
    void nextExampleStartsFromTheUpdatedWeightsAndResetRestoresTheStart() {
        Lesson lesson = new Lesson(LessonSetup.classroom(), DATA);
        Snapshot firstEnd = lesson.walkthrough().last().state();
        Walkthrough second = lesson.nextExample();
        assertEquals(1, lesson.exampleIndex());
        assertEquals(firstEnd.weight(1, 1, 2), second.step(0).state().weight(1, 1, 2), 0.0);
        assertEquals(firstEnd.weightUpdate(1, 1, 2), second.step(0).state().weightUpdate(1, 1, 2), 0.0, "last update carried over");
        Walkthrough again = lesson.reset();
        assertEquals(0, lesson.exampleIndex());
        Snapshot fresh = new Lesson(LessonSetup.classroom(), DATA).walkthrough().last().state();
        assertEquals(fresh.weight(1, 0, 0), again.last().state().weight(1, 0, 0), 0.0);
        assertEquals(fresh.z(1, 2, 1), again.last().state().z(1, 2, 1), 0.0);
    }

    @Test
    void inactiveHingeSaysSoAndSkipsTheBackwardPass() {
        // s = 1·2 = 2 and s_c = 1·0 = 0, so Δ + s_c − s = 1 + 0 − 2 < 0: the hinge is inactive.
        Network network = new Network(new int[] {1, 1}, Activation.IDENTITY,
                Activation.IDENTITY, 0.01);
        network.weights(1)[0] = 1;
        Learner learner = new Learner(network, new MaxMarginLoss(1), 0,
                OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1));
        Walkthrough w = WalkthroughBuilder.build(learner, new Sample(new double[] {2}, new double[] {0}),
                List.of("true window", "corrupt window"), List.of("x", "x_c"), null);
        assertFalse(w.steps().stream().anyMatch(step -> step.phase() == Phase.BACKWARD || step.phase() == Phase.UPDATE));
        assertEquals(Phase.LOSS, w.last().phase());
        assertTrue(w.last().title().contains("no update follows"), w.last().title());
        assertTrue(w.last().formula().render(new Decimals(2)).plain()
                .endsWith("the hinge is inactive (Δ + s_c - s ≤ 0): the score gradient is 0; no weight moves: no update is needed when the cost is 0"));
        assertEquals(0.0, w.last().state().loss(), 0.0);
        assertEquals(1.0, network.weights(1)[0], 0.0);
        assertEquals(1, learner.stepIndex(), "t advances as in training");
    }

    @Test
    void windowPresetHasTwentyInputsAndAbbreviatesLongSums() {
        Walkthrough w = new Lesson(LessonSetup.of(Preset.WINDOW), DATA).walkthrough();
        assertEquals(List.of("museums in paris are amazing", "not all museums in paris"), w.passDescriptions());
        String plain = w.step(1).formula().render(new Decimals(2)).plain();
        assertTrue(plain.contains("⋯"), plain);
        assertFalse(plain.contains("NaN"));
    }
}

package backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.config.ConfigException;
import backproplab.config.TraceConfig;
import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.engine.Preprocessor;
import backproplab.engine.Schedule;
import backproplab.setup.Examples;
import backproplab.setup.Limits;
import backproplab.setup.Position;
import backproplab.setup.Preset;
import backproplab.setup.Race;
import backproplab.setup.ScheduleChoice;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import backproplab.trace.Trace;
import backproplab.walkthrough.Decimals;
import backproplab.walkthrough.Lesson;
import backproplab.walkthrough.Snapshot;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Saving and opening a lesson: the same bytes again, the same numbers at the same step, and bad files refused by name and line. */
class ScenarioFileTest {
    private static final String GOOD = ScenarioFile.write(Session.classroom());

    /** Every setting away from its default, on a custom shape with synthetic data. */
    static Session everythingChanged() {
        Setup s = Setup.classroom().withPreset(Preset.CUSTOM).with(b -> {
            b.layers = new int[] {3, 4, 2};
            b.hidden = Activation.LEAKY_RELU;
            b.output = Activation.TANH;
            b.leakySlope = 0.2;
            b.margin = 0.5;
            b.l2 = 0.01;
            b.init = Initialization.SMALL_NORMAL;
            b.initStddev = 0.3;
            b.seed = 11;
            b.optimizer = Type.RMSPROP;
            b.rates = new double[] {0.2, 0.07, 0.3, 0.02, 0.004};
            b.hyper.momentum = 0.8;
            b.hyper.decay = 0.95;
            b.hyper.beta1 = 0.85;
            b.hyper.beta2 = 0.99;
            b.hyper.epsilon = 1e-6;
            b.hyper.biasCorrection = false;
            b.hyper.fanInScaling = true;
            b.hyper.updateBiases = false;
            b.schedule = new ScheduleChoice(Schedule.Kind.STEP, 0.3, 5, 0.02, 40);
            b.curves.activations = EnumSet.of(Activation.TANH, Activation.LEAKY_RELU);
            b.curves.optimizers = EnumSet.of(Type.MOMENTUM, Type.RMSPROP);
            b.curves.preprocessing = Preprocessor.Kind.WHITEN;
            b.curves.stepPreprocessed = true;
            b.curves.race = Race.FAN_IN;
            b.curves.batchSize = 4;
            b.curves.epochs = 250;
            b.curves.showValidation = false;
            b.curves.logScale = true;
        });
        return new Session(s, WordWindows.bundled(), new Position(3, 12));
    }

    /** Every number of a snapshot, exactly. */
    static String numbers(Snapshot s, int[] layers) {
        StringBuilder out = new StringBuilder("J=" + s.loss());
        for (int p = 0; p < s.passCount(); p++) {
            for (int k = 2; k <= layers.length; k++) {
                for (int i = 0; i < layers[k - 1]; i++) {
                    out.append(' ').append(s.z(p, k, i)).append(',').append(s.a(p, k, i)).append(',').append(s.delta(p, k, i));
                }
            }
        }
        for (int k = 1; k < layers.length; k++) {
            for (int i = 0; i < layers[k]; i++) {
                out.append(" b=").append(s.bias(k, i)).append(',').append(s.biasGradient(k, i));
                for (int j = 0; j < layers[k - 1]; j++) out.append(' ').append(s.weight(k, i, j)).append(',').append(s.weightGradient(k, i, j));
            }
        }
        return out.toString();
    }

    static String numbersAtPosition(Session s) {
        Lesson lesson = Lesson.at(s);
        return numbers(lesson.walkthrough().step(s.position().step()).state(), s.setup().lesson().layers());
    }

    @Test
    void everyFieldRoundTripsToTheSameBytesAndNumbers() throws Exception {
        Session before = everythingChanged();
        String text = ScenarioFile.write(before);
        Session opened = ScenarioFile.read(text);
        assertEquals(before.setup(), opened.setup(), "every setting comes back");
        assertEquals(before.position(), opened.position());
        assertEquals(text, ScenarioFile.write(opened), "save → open → save gives the same bytes");
        assertEquals(numbersAtPosition(before), numbersAtPosition(opened), "the same numbers at the same micro-step");
    }

    @Test
    void theClassroomLessonRoundTripsAndNamesTheBundledData() throws Exception {
        Session before = new Session(Setup.classroom(), WordWindows.bundled(), new Position(2, 14));
        String text = ScenarioFile.write(before);
        assertTrue(text.contains("\"bundled\": true"), "the bundled data are named, not copied");
        assertTrue(text.contains("\"format\": \"backprop-lab-scenario\""));
        Session opened = ScenarioFile.read(text);
        assertEquals(before, opened);
        assertEquals(numbersAtPosition(before), numbersAtPosition(opened));
    }

    @Test
    void aTeachersOwnWordDataIsEmbeddedAndComesBack() throws Exception {
        WordWindows own = WordWindows.read(new StringReader(
                "word,v1,v2,v3,v4\nrome,0.7,0.5,-0.4,0.3\noslo,0.6,0.4,-0.3,0.2\nwe,0.1,0.1,0.2,0.3\nlive,-0.2,0.3,0.1,0.0\nin,0.0,-0.1,0.2,0.1\n"),
                "words.csv", new StringReader("we live in [rome]\nwe live in [oslo]\nin [rome] we live\n"), "sentences.txt", Limits.DATA);
        Session before = new Session(Setup.classroom(), own, new Position(1, 5));
        String text = ScenarioFile.write(before);
        assertTrue(text.contains("\"rome\": [0.7, 0.5, -0.4, 0.3]"), "a word vector on one line");
        assertTrue(text.contains("\"in [rome] we live\""));
        Session opened = ScenarioFile.read(text);
        assertFalse(opened.words().isBundled());
        assertEquals(text, ScenarioFile.write(opened));
        assertEquals(numbersAtPosition(before), numbersAtPosition(opened));
    }

    @Test
    void mazursExampleRoundTrips() throws Exception {
        Session before = new Session(Setup.classroom().withPreset(Preset.MAZUR), WordWindows.bundled(), new Position(0, 9));
        Session opened = ScenarioFile.read(ScenarioFile.write(before));
        assertEquals(before, opened);
    }

    @Test
    void traceReplaysTheLessonUpToTheSavedExample() throws Exception {
        Session s = new Session(Setup.classroom().with(b -> b.optimizer = Type.ADAM), WordWindows.bundled(), new Position(3, 0));
        TraceConfig config = ScenarioFile.traceConfig(ScenarioFile.write(s));
        JsonNode trace = Trace.run(config);
        assertEquals(4, trace.get("steps").size(), "updates 0 … 3");
        Snapshot end = Lesson.at(s).walkthrough().last().state();
        JsonNode last = trace.get("steps").get(3);
        assertEquals(last.get("weights").get(0).get(1).get(2).doubleValue(), end.weight(1, 1, 2), 0.0);
        assertEquals(last.get("biases").get(1).get(0).doubleValue(), end.bias(2, 0), 0.0);
        assertEquals(last.get("loss").doubleValue(), end.loss(), 0.0);
    }

    @Test
    void aLessonSteppedThroughWhitenedInputsReplaysWithTheSameInputs() throws Exception {
        Session s = new Session(Setup.classroom().with(b -> {
            b.curves.preprocessing = Preprocessor.Kind.WHITEN;
            b.curves.stepPreprocessed = true;
        }), WordWindows.bundled(), new Position(2, 0));
        Lesson lesson = Lesson.at(s);
        Snapshot first = lesson.walkthrough().step(0).state();
        var whitened = Examples.stepping(s.setup().lesson(), s.words()).get(2);
        assertEquals(whitened.sample().x()[0], first.a(0, 1, 0), 0.0, "the network receives the whitened window");
        assertTrue(Math.abs(whitened.raw().x()[0] - first.a(0, 1, 0)) > 1e-3, "not the raw one");
        String plain = lesson.walkthrough().step(0).formula().render(new Decimals(4)).plain();
        assertTrue(plain.contains("(after whitening); raw x = ["), plain);
        JsonNode trace = Trace.run(ScenarioFile.traceConfig(ScenarioFile.write(s)));
        assertEquals(trace.get("steps").get(2).get("loss").doubleValue(), lesson.walkthrough().last().state().loss(), 0.0,
                "trace replays the whitened inputs the lesson steps through");
    }

    private static String refusal(String text) {
        return assertThrows(ConfigException.class, () -> ScenarioFile.read(text)).getMessage();
    }

    @Test
    void badFilesAreRefusedWithTheFieldAndItsLine() {
        assertTrue(refusal(GOOD.substring(0, GOOD.length() / 2)).startsWith("invalid JSON at line "), "truncated");
        assertTrue(refusal(GOOD + "{}").startsWith("invalid JSON at line "), "a second document");
        assertEquals("format is missing: this is not a Backprop Lab scenario (a scenario starts with \"format\": \"backprop-lab-scenario\")",
                refusal("{\"network\": {}}"));
        assertEquals("format must be \"backprop-lab-scenario\" (this is not a Backprop Lab scenario), got \"lesson\" (line 2, column 13)",
                refusal(GOOD.replace("\"format\": \"backprop-lab-scenario\"", "\"format\": \"lesson\"")));
        String newer = GOOD.replace("\"version\": 2", "\"version\": 3");
        assertEquals("version 3: this scenario was saved by a newer Backprop Lab; this one reads version 2. "
                + "Please update Backprop Lab (line 3, column 14)", refusal(newer));
        assertEquals("version must be 1 to 2, got 0 (line 3, column 14)", refusal(GOOD.replace("\"version\": 2", "\"version\": 0")));
        String unknown = GOOD.replace("\"epochs\": 100", "\"epoch\": 100");
        String message = refusal(unknown);
        assertTrue(message.matches("curves.epoch is not a known field .* \\(line \\d+, column \\d+\\)"), message);
        String rate = GOOD.replace("\"learningRate\": 0.1", "\"learningRate\": -0.1");
        assertEquals("optimizer.learningRate must not be negative, got -0.1 (line 30, column 21)", refusal(rate));
        String shape = GOOD.replaceFirst("(\"weights\": \\[\\s*\\[\\s*\\[)-?[0-9.E-]+, ", "$1");
        assertTrue(refusal(shape).matches("network.weights\\[0\\]\\[0\\] has 3 values, expected 4 .* \\(line 11, column 9\\)"), refusal(shape));
        String data = GOOD.replaceFirst("\"x\": \\[(-?[0-9.E-]+),", "\"x\": [0.125,");
        assertTrue(refusal(data).matches("data\\[0\\] is not example 1 of the lesson .* \\(line \\d+, column \\d+\\)"), refusal(data));
        String past = GOOD.replace("\"microStep\": 0", "\"microStep\": 19");
        assertTrue(refusal(past).startsWith("position.microStep must be below 19 (the micro-steps of this example), got 19 (line "), refusal(past));
        String factor = GOOD.replace("\"factor\": 0.5", "\"factor\": 1.5");
        assertTrue(refusal(factor).startsWith("optimizer.schedule.factor must be in (0, 1], got 1.5 (line 41, column 17)"), refusal(factor));
    }
}

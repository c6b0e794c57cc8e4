package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.setup.Position;
import backproplab.setup.Preset;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Opening a lesson far along replays it with the engine's training step instead of walking through
 * every example. What the shown example says must not change by a bit: every number of every
 * micro-step, each layer's last update (carried over examples that changed nothing), and which ReLU
 * units are dead. Compared with a lesson stepped example by example, as a person steps it.
 */
class ReplayTest {
    /** Everything a walkthrough shows, exactly. */
    private static String everything(Lesson lesson) {
        int[] layers = lesson.setup().layers();
        StringBuilder out = new StringBuilder("example " + lesson.exampleIndex() + ", t " + lesson.updates() + "\n");
        for (MicroStep step : lesson.walkthrough().steps()) {
            Snapshot s = step.state();
            out.append(step.title()).append(" J=").append(s.loss());
            for (int p = 0; p < s.passCount(); p++) {
                for (int k = 2; k <= layers.length; k++) {
                    for (int i = 0; i < layers[k - 1]; i++) {
                        out.append(' ').append(s.z(p, k, i)).append(',').append(s.a(p, k, i)).append(',').append(s.derivative(p, k, i))
                                .append(',').append(s.delta(p, k, i));
                    }
                }
            }
            for (int k = 1; k < layers.length; k++) {
                for (int i = 0; i < layers[k]; i++) {
                    out.append(" b=").append(s.bias(k, i)).append(',').append(s.biasGradient(k, i)).append(',').append(s.biasUpdate(k, i));
                    for (int j = 0; j < layers[k - 1]; j++) {
                        out.append(" w=").append(s.weight(k, i, j)).append(',').append(s.weightGradient(k, i, j)).append(',')
                                .append(s.weightUpdate(k, i, j));
                    }
                }
                out.append(" last").append(k).append('=').append(describe(s.lastUpdate(k)));
            }
            out.append('\n');
        }
        for (int k = 2; k < layers.length; k++) {
            for (int i = 0; i < layers[k - 1]; i++) out.append(lesson.dead(k, i) ? 'D' : '.');
        }
        return out.toString();
    }

    private static String describe(LayerUpdate u) {
        if (u == null) return "none";
        return u.k() + " " + u.alpha() + " " + u.rate() + " " + u.t() + " " + u.fanIn() + Arrays.toString(u.weightsBefore())
                + Arrays.toString(u.weightGradients()) + Arrays.toString(u.weightsAfter()) + Arrays.deepToString(u.weightStateBefore())
                + Arrays.deepToString(u.weightStateAfter()) + Arrays.toString(u.biasesBefore()) + Arrays.toString(u.biasGradients())
                + Arrays.toString(u.biasesAfter()) + Arrays.deepToString(u.biasStateBefore()) + Arrays.deepToString(u.biasStateAfter());
    }

    private static void replaysAsStepped(Setup setup, int updates) {
        Session session = new Session(setup, WordWindows.bundled(), new Position(updates, 0));
        Lesson stepped = new Lesson(setup.lesson(), session.words());
        for (int u = 0; u < updates; u++) stepped.nextExample();
        Lesson opened = Lesson.at(session);
        assertEquals(updates, opened.updatesBefore());
        assertEquals(everything(stepped), everything(opened));
    }

    private static Setup classroom(Consumer<Setup.Builder> change) {
        return Setup.classroom().with(change);
    }

    @Test
    void sgdWithHingesThatStopUpdatingCarriesTheLastRealUpdate() {
        Setup setup = Setup.classroom();
        replaysAsStepped(setup, 400);
        Session s = new Session(setup, WordWindows.bundled(), new Position(400, 0));
        String noUpdate = "the hinge is inactive — every gradient is 0 and no update follows";
        boolean someInactive = false;
        Lesson lesson = new Lesson(setup.lesson(), s.words());
        for (int u = 0; u < 400 && !someInactive; u++) {
            someInactive = lesson.walkthrough().steps().stream().anyMatch(m -> m.title().contains(noUpdate));
            lesson.nextExample();
        }
        assertTrue(someInactive, "the case this test is for: some examples make no update");
    }

    @Test
    void adamMomentumAndRmsPropReplayAsStepped() {
        for (Type t : new Type[] {Type.ADAM, Type.MOMENTUM, Type.RMSPROP, Type.ADAGRAD}) {
            replaysAsStepped(classroom(b -> {
                b.optimizer = t;
                b.l2 = 0.001;
            }), 150);
        }
    }

    @Test
    void reluUnitsThatDiedStayDeadAfterTheReplay() {
        replaysAsStepped(Setup.classroom().withPreset(Preset.WINDOW).with(b -> {
            b.hidden = Activation.RELU;
            b.rates[Type.SGD.ordinal()] = 0.5;
        }), 200);
    }

    @Test
    void frozenBiasesASquaredErrorLessonAndMazursExampleReplayAsStepped() {
        replaysAsStepped(classroom(b -> {
            b.optimizer = Type.MOMENTUM;
            b.hyper.updateBiases = false;
            b.loss = backproplab.engine.Loss.Kind.SQUARED_ERROR;
        }), 90);
        replaysAsStepped(Setup.classroom().withPreset(Preset.MAZUR), 30);
    }

    @Test
    void aLearningRateOfZeroChangesNothingAndCarriesNoUpdate() {
        replaysAsStepped(classroom(b -> b.rates[Type.SGD.ordinal()] = 0), 20);
    }
}

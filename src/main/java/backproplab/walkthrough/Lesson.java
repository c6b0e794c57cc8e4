package backproplab.walkthrough;

import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.GradientCheck;
import backproplab.engine.Learner;
import backproplab.engine.Network;
import backproplab.engine.ParameterUpdate;
import backproplab.engine.Pass;
import backproplab.engine.Sample;
import backproplab.setup.Examples.Example;
import backproplab.setup.Examples;
import backproplab.setup.LessonSetup;
import backproplab.setup.Position;
import backproplab.setup.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * A stepping session: a network trained one example at a time, each example shown as a
 * {@link Walkthrough}. The examples are the lesson's training examples ({@link Examples}) in
 * order, wrapping around; the same setup always gives the same numbers.
 */
public final class Lesson {
    /** Farther ahead than this many examples, {@link #advanceTo} replays with the engine's step instead of walking through each. */
    private static final int WALK_AT_MOST = 8;

    private final LessonSetup setup;
    private final List<Example> examples;
    private Learner learner;
    private int completed;
    private Walkthrough walkthrough;
    /** [k][i]: whether hidden unit i of layer k had z > 0 in some pass of some example so far (ReLU's dead units never did). */
    private boolean[][] everActive;

    /** @throws IllegalArgumentException if {@code data} gives this setup no example */
    public Lesson(LessonSetup setup, WordWindows data) {
        this.setup = setup;
        this.examples = Examples.stepping(setup, data);
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("there are no training windows: the sentences need locations marked as [paris]");
        }
        reset();
    }

    /**
     * The lesson a session steps through, moved to the session's position: the walkthrough of the
     * example after {@code position.updates} updates (replayed from the initial weights).
     *
     * @throws IllegalArgumentException if there is no example, or the micro-step lies past the example's last
     */
    public static Lesson at(Session s) {
        Lesson lesson = new Lesson(s.setup().lesson(), s.words());
        lesson.moveTo(s.position());
        return lesson;
    }

    /** Moves to {@code p}'s example (see {@link #advanceTo}) and checks its micro-step exists. */
    public void moveTo(Position p) {
        advanceTo(p.updates());
        if (p.step() >= walkthrough.size()) {
            throw new IllegalArgumentException("position.microStep must be below " + walkthrough.size()
                    + " (the micro-steps of this example), got " + p.step());
        }
    }

    public LessonSetup setup() { return setup; }

    public Walkthrough walkthrough() { return walkthrough; }

    /** 0-based index of the current example. */
    public int exampleIndex() { return completed % examples.size(); }

    public int exampleCount() { return examples.size(); }

    /** How many updates the network had before the current example. */
    public int updatesBefore() { return completed; }

    /** How many updates the network has had, counting the current example's (the optimizer's t). */
    public int updates() { return learner.stepIndex(); }

    /**
     * The gradient check of the current example ({@link GradientCheck}) at its parameters before its
     * update, the ones its backward pass used.
     */
    public List<GradientCheck.Entry> checkGradients(double h) {
        Network net = setup.initialNetwork();
        Snapshot before = walkthrough.step(0).state();
        for (int k = 1; k < net.layerCount(); k++) {
            double[] w = net.weights(k), b = net.biases(k);
            int columns = net.layerSize(k);
            for (int i = 0; i < b.length; i++) {
                b[i] = before.bias(k, i);
                for (int j = 0; j < columns; j++) w[i * columns + j] = before.weight(k, i, j);
            }
        }
        return GradientCheck.run(net, setup.newLoss(), examples.get(exampleIndex()).sample(), setup.l2(), h);
    }

    /** Back to the initial weights (same seed, same numbers) and the first example. */
    public Walkthrough reset() {
        learner = newLearner();
        completed = 0;
        everActive = new boolean[setup.layers().length + 1][];
        for (int k = 2; k < setup.layers().length; k++) everActive[k] = new boolean[setup.layers()[k - 1]];
        walkthrough = build(null);
        return walkthrough;
    }

    /** The next example (after the current one's update), wrapping around. */
    public Walkthrough nextExample() {
        Snapshot last = walkthrough.last().state();
        completed++;
        walkthrough = build(last);
        return walkthrough;
    }

    /**
     * Moves to the example after {@code updates} updates: the examples between are walked through when
     * they are few, else replayed from the initial weights with the engine's training step.
     */
    public Walkthrough advanceTo(int updates) {
        if (updates < completed || updates - completed > WALK_AT_MOST) replayTo(updates);
        while (completed < updates) nextExample();
        return walkthrough;
    }

    /**
     * Replays from the initial weights to the example after {@code updates} updates with the engine's
     * training step, which updates through the same learner code as a walkthrough, so the numbers are
     * the same bit for bit. Only the shown example is walked through, with what it carries over from
     * the examples before: which hidden units were ever active, and each layer's last update, from the
     * last example that changed a parameter (walked through again from a copy of the state before it).
     */
    private void replayTo(int updates) {
        Sample[] samples = Examples.samples(examples);
        int[] order = new int[samples.length];
        for (int e = 0; e < order.length; e++) order[e] = e;
        learner = newLearner();
        Learner before = newLearner(), beforeLastChange = newLearner();
        everActive = new boolean[setup.layers().length + 1][];
        for (int k = 2; k < setup.layers().length; k++) everActive[k] = new boolean[setup.layers()[k - 1]];
        int lastChange = -1;
        boolean beforeIsCurrent = false; // after a step that changed nothing, the copy still holds the state (t aside)
        for (int e = 0; e < updates; e++) {
            if (!beforeIsCurrent) before.copyFrom(learner);
            learner.step(samples, order, e % samples.length, 1);
            markActive(learner.passes());
            beforeIsCurrent = learner.changedNothing();
            if (!beforeIsCurrent && learner.parametersDifferFrom(before)) {
                lastChange = e;
                Learner kept = beforeLastChange;
                beforeLastChange = before;
                before = kept;
            }
        }
        Snapshot previous = null;
        if (lastChange >= 0) {
            Learner reached = learner;
            learner = beforeLastChange;
            learner.setStepIndex(lastChange);
            completed = lastChange;
            previous = build(null).last().state(); // its own update, the one the shown example carries over
            learner = reached;
        }
        completed = updates;
        walkthrough = build(previous);
    }

    private Learner newLearner() {
        return new Learner(setup.initialNetwork(), setup.newLoss(), setup.l2(), setup.optimizer());
    }

    /** Notes which hidden units had z > 0 in some pass of the example just trained on. */
    private void markActive(Pass[] passes) {
        for (int k = 2; k < everActive.length; k++) {
            if (everActive[k] == null) continue;
            for (Pass pass : passes) {
                double[] z = pass.preActivations(k);
                for (int i = 0; i < everActive[k].length; i++) everActive[k][i] |= z[i] > 0;
            }
        }
    }

    /** Per pass, the words of the window it reads (its description begins with them), or null for data that are not word windows. */
    private List<List<String>> words(Example e) {
        if (!setup.wordWindows()) return null;
        int w = setup.windowSize();
        List<List<String>> words = new ArrayList<>();
        for (String d : e.descriptions()) {
            String[] read = d.split(" ");
            if (read.length < w) return null;
            words.add(List.of(read).subList(0, w));
        }
        return words;
    }

    /** Walks through the current example, advancing the learner by its update. */
    private Walkthrough build(Snapshot previous) {
        Example e = examples.get(exampleIndex());
        List<String> names = setup.maxMargin() ? List.of("true window", "corrupt window") : List.of("example");
        Walkthrough built = WalkthroughBuilder.build(learner, e.sample(), e.raw() == null ? null : new RawInputs(e.raw(), setup.inputs()),
                words(e), names, e.descriptions(), previous);
        Snapshot last = built.last().state();
        for (int k = 2; k < everActive.length; k++) {
            if (everActive[k] == null) continue;
            for (int p = 0; p < last.passCount(); p++) {
                for (int i = 0; i < everActive[k].length; i++) everActive[k][i] |= last.z(p, k, i) > 0;
            }
        }
        return built;
    }

    /**
     * Parameter W^(k)_ij (or b^(k)_i when j = −1) through the first {@code updates} examples of
     * {@code setup} replayed from its initial weights: entry t is update t explained in its
     * optimizer's terms, or null where the example made no update (an inactive hinge with SGD or
     * AdaGrad). What the "watch a weight" plots show.
     */
    public static List<ParameterUpdate> history(LessonSetup setup, WordWindows words, int k, int i, int j, int updates) {
        Lesson replay = new Lesson(setup, words);
        List<ParameterUpdate> out = new ArrayList<>();
        for (int t = 0; t < updates; t++) {
            ParameterUpdate found = null;
            for (MicroStep step : replay.walkthrough().steps()) {
                if (step.formula() instanceof UpdateFormula u && u.layer() == k) found = j < 0 ? u.update().bias(i) : u.update().weight(i, j);
            }
            out.add(found);
            replay.nextExample();
        }
        return out;
    }

    /** True if hidden unit i of layer k is a ReLU whose z was ≤ 0 in every pass of every example so far, this one included. */
    public boolean dead(int k, int i) {
        return setup.hidden() == Activation.RELU && k >= 2 && k < everActive.length && everActive[k] != null
                && !everActive[k][i];
    }
}

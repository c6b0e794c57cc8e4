package backproplab.walkthrough;

import backproplab.data.WindowPair;
import backproplab.data.WordWindows;
import backproplab.engine.Initialization;
import backproplab.engine.Learner;
import backproplab.engine.Loss;
import backproplab.engine.MaxMarginLoss;
import backproplab.engine.Network;
import backproplab.engine.Sample;
import backproplab.engine.SquaredErrorLoss;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A stepping session: a network trained one example at a time, each example shown as a
 * {@link Walkthrough}. Word-window lessons start with the notes' fixed pair ("museums in paris
 * are amazing" against "not all museums in paris") and go on through the training windows;
 * the same setup always gives the same numbers.
 */
public final class Lesson {
    /** Examples of a lesson that is not a word-window scorer (custom shapes): seeded random data. */
    static final int SYNTHETIC_EXAMPLES = 20;

    /** One example and what each of its passes reads. */
    public record Example(Sample sample, List<String> descriptions) {}

    private final LessonSetup setup;
    private final List<Example> examples;
    private Learner learner;
    private int exampleIndex;
    private Walkthrough walkthrough;

    public Lesson(LessonSetup setup, WordWindows data) {
        this.setup = setup;
        this.examples = examples(setup, data);
        reset();
    }

    public LessonSetup setup() { return setup; }

    public Walkthrough walkthrough() { return walkthrough; }

    /** 0-based index of the current example. */
    public int exampleIndex() { return exampleIndex; }

    public int exampleCount() { return examples.size(); }

    /** How many updates the network has had (the optimizer's t). */
    public int updates() { return learner.stepIndex(); }

    /** Back to the initial weights (same seed, same numbers) and the first example. */
    public Walkthrough reset() {
        learner = new Learner(initialNetwork(setup), loss(setup), setup.l2(), setup.optimizer());
        exampleIndex = 0;
        walkthrough = build(null);
        return walkthrough;
    }

    /** The next example (after the current one's update), wrapping around. */
    public Walkthrough nextExample() {
        Snapshot last = walkthrough.last().state();
        exampleIndex = (exampleIndex + 1) % examples.size();
        walkthrough = build(last);
        return walkthrough;
    }

    private Walkthrough build(Snapshot previous) {
        Example e = examples.get(exampleIndex);
        List<String> names = setup.maxMargin() ? List.of("true window", "corrupt window") : List.of("example");
        return WalkthroughBuilder.build(learner, e.sample(), names, e.descriptions(), previous);
    }

    static Network initialNetwork(LessonSetup setup) {
        Network network = new Network(setup.layers(), setup.hidden(), setup.output(), setup.leakySlope());
        if (setup.preset() == LessonSetup.Preset.MAZUR) {
            MazurExample.setWeights(network);
        } else {
            Initialization.XAVIER_UNIFORM.initialize(network, new Random(setup.seed()), 0);
        }
        return network;
    }

    private static Loss loss(LessonSetup setup) {
        return setup.maxMargin() ? new MaxMarginLoss(setup.margin()) : new SquaredErrorLoss();
    }

    private static List<Example> examples(LessonSetup setup, WordWindows data) {
        List<Example> out = new ArrayList<>();
        if (setup.preset() == LessonSetup.Preset.MAZUR) {
            out.add(new Example(MazurExample.SAMPLE, List.of("x = (0.05, 0.10), target t = (0.01, 0.99)")));
        } else if (setup.maxMargin()) {
            int size = setup.windowSize();
            out.add(pair(data.classroomExample(size)));
            for (WindowPair p : data.split(size, setup.seed(), 0.2).training()) out.add(pair(p));
        } else {
            Random random = new Random(setup.seed() + 1);
            int[] layers = setup.layers();
            for (int e = 0; e < SYNTHETIC_EXAMPLES; e++) {
                double[] x = new double[layers[0]], t = new double[layers[layers.length - 1]];
                for (int j = 0; j < x.length; j++) x[j] = Math.round((2 * random.nextDouble() - 1) * 100) / 100.0;
                for (int j = 0; j < t.length; j++) t[j] = Math.round(random.nextDouble() * 100) / 100.0;
                out.add(new Example(new Sample(x, t), List.of("synthetic example " + (e + 1) + " (seeded random x and target)")));
            }
        }
        return out;
    }

    private static Example pair(WindowPair p) {
        return new Example(p.sample(), List.of(String.join(" ", p.trueWords()), String.join(" ", p.corruptWords())));
    }
}

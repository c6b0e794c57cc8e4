package backproplab.walkthrough;

import backproplab.data.SyntheticData;
import backproplab.data.WindowPair;
import backproplab.data.WordWindows;
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
    /** The share of sentences held out for validation. */
    public static final double VALIDATION_FRACTION = 0.2;

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
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("there are no training windows: the sentences need locations marked as [paris]");
        }
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

    /** The network of {@code setup} with its initial weights (same seed, same numbers). */
    public static Network initialNetwork(LessonSetup setup) {
        Network network = new Network(setup.layers(), setup.hidden(), setup.output(), setup.leakySlope());
        if (setup.preset() == LessonSetup.Preset.MAZUR) {
            MazurExample.setWeights(network);
        } else {
            setup.init().initialize(network, new Random(setup.seed()), setup.initStddev());
        }
        return network;
    }

    /** The loss of {@code setup}: max-margin with its Δ for word windows, else squared error. */
    public static Loss loss(LessonSetup setup) {
        return setup.maxMargin() ? new MaxMarginLoss(setup.margin()) : new SquaredErrorLoss();
    }

    private static List<Example> examples(LessonSetup setup, WordWindows data) {
        List<Example> out = new ArrayList<>();
        if (setup.preset() == LessonSetup.Preset.MAZUR) {
            out.add(new Example(MazurExample.SAMPLE, List.of("x = (0.05, 0.10), target t = (0.01, 0.99)")));
        } else if (setup.wordWindows()) {
            int size = setup.windowSize();
            List<WindowPair> pairs = new ArrayList<>();
            if (data.hasClassroomExample()) pairs.add(data.classroomExample(size)); // a teacher's own data may lack it
            pairs.addAll(data.split(size, setup.seed(), VALIDATION_FRACTION).training());
            for (WindowPair p : pairs) {
                if (setup.maxMargin()) {
                    out.add(pair(p));
                } else { // squared error scores each window on its own: true → 1, corrupt → 0
                    out.add(new Example(p.trueTarget(), List.of(String.join(" ", p.trueWords()) + " → 1")));
                    out.add(new Example(p.corruptTarget(), List.of(String.join(" ", p.corruptWords()) + " → 0")));
                }
            }
        } else {
            int[] layers = setup.layers();
            Sample[] samples = SyntheticData.samples(layers[0], layers[layers.length - 1], SYNTHETIC_EXAMPLES, setup.seed() + 1);
            for (int e = 0; e < samples.length; e++) {
                out.add(new Example(samples[e], List.of("synthetic example " + (e + 1) + " (seeded random x and target)")));
            }
        }
        return out;
    }

    private static Example pair(WindowPair p) {
        return new Example(p.sample(), List.of(String.join(" ", p.trueWords()), String.join(" ", p.corruptWords())));
    }
}

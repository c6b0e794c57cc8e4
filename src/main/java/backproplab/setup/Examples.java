package backproplab.setup;

import backproplab.data.SyntheticData;
import backproplab.data.WindowPair;
import backproplab.data.WordWindows;
import backproplab.engine.Preprocessor;
import backproplab.engine.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of a lesson, built in one place for the stepping view, the loss curves and
 * scenario files. Word-window lessons train on the notes' fixed pair ("museums in paris are
 * amazing" against "not all museums in paris", when the vocabulary has it) and then the training
 * windows of a split by sentence; other shapes on seeded synthetic data; Mazur's on his one example.
 */
public final class Examples {
    /** An example and what each of its passes reads, in words. */
    public record Example(Sample sample, List<String> descriptions, Sample raw) {
        public Example {
            descriptions = List.copyOf(descriptions);
        }

        /** An example whose inputs are the raw ones. */
        public Example(Sample sample, List<String> descriptions) {
            this(sample, descriptions, null);
        }
    }

    /** The share of sentences held out for validation. */
    public static final double VALIDATION_FRACTION = 0.2;
    /** Synthetic examples for shapes that do not read word windows. */
    static final int SYNTHETIC_TRAINING = 200, SYNTHETIC_VALIDATION = 50;

    private Examples() {}

    /**
     * The examples the stepping view walks through: the training examples, preprocessed as
     * {@code setup.inputs()} says (fitted on the training inputs, as the curves fit it), each keeping its raw inputs.
     */
    public static List<Example> stepping(LessonSetup setup, WordWindows words) {
        List<Example> raw = training(setup, words);
        if (setup.inputs() == Preprocessor.Kind.NONE) return raw;
        boolean pairs = setup.maxMargin();
        var p = Preprocessor.fit(setup.inputs(), inputs(samples(raw), pairs));
        List<Example> out = new ArrayList<>();
        for (Example e : raw) {
            Sample s = e.sample();
            out.add(new Example(new Sample(p.apply(s.x()), pairs ? p.apply(s.partner()) : s.partner()), e.descriptions(), s));
        }
        return out;
    }

    /** The input rows preprocessing is fitted on: every example's x, and the corrupt window too for a max-margin pair. */
    public static double[][] inputs(Sample[] examples, boolean pairs) {
        List<double[]> rows = new ArrayList<>();
        for (Sample s : examples) {
            rows.add(s.x());
            if (pairs) rows.add(s.partner()); // the corrupt windows are inputs too
        }
        return rows.toArray(double[][]::new);
    }

    /** The training examples in the order the stepping view shows them (and the curves' epochs shuffle). */
    public static List<Example> training(LessonSetup setup, WordWindows words) {
        if (setup.preset() == Preset.MAZUR) {
            return List.of(new Example(MazurExample.SAMPLE, List.of("x = (0.05, 0.10), target t = (0.01, 0.99)")));
        }
        if (!setup.wordWindows()) return synthetic(setup, SYNTHETIC_TRAINING, 1, "synthetic example ");
        List<WindowPair> pairs = new ArrayList<>();
        if (words.hasClassroomExample()) pairs.add(words.classroomExample(setup.windowSize())); // a teacher's own data may lack it
        pairs.addAll(words.split(setup.windowSize(), setup.seed(), VALIDATION_FRACTION).training());
        return windows(pairs, setup.maxMargin());
    }

    /** The held-out examples the curves' validation loss is measured on (none for Mazur's single example). */
    public static List<Example> validation(LessonSetup setup, WordWindows words) {
        if (setup.preset() == Preset.MAZUR) return List.of();
        if (!setup.wordWindows()) return synthetic(setup, SYNTHETIC_VALIDATION, 2, "validation example ");
        return windows(words.split(setup.windowSize(), setup.seed(), VALIDATION_FRACTION).validation(), setup.maxMargin());
    }

    /** The samples of {@code examples}, in order. */
    public static Sample[] samples(List<Example> examples) {
        return examples.stream().map(Example::sample).toArray(Sample[]::new);
    }

    /** Max-margin keeps the pairs; squared error scores each window alone: true → 1, corrupt → 0. */
    private static List<Example> windows(List<WindowPair> pairs, boolean maxMargin) {
        List<Example> out = new ArrayList<>();
        for (WindowPair p : pairs) {
            String trueWords = String.join(" ", p.trueWords()), corruptWords = String.join(" ", p.corruptWords());
            if (maxMargin) {
                out.add(new Example(p.sample(), List.of(trueWords, corruptWords)));
            } else {
                out.add(new Example(p.trueTarget(), List.of(trueWords + " → 1")));
                out.add(new Example(p.corruptTarget(), List.of(corruptWords + " → 0")));
            }
        }
        return out;
    }

    private static List<Example> synthetic(LessonSetup setup, int count, int seedOffset, String name) {
        int[] layers = setup.layers();
        Sample[] samples = SyntheticData.samples(layers[0], layers[layers.length - 1], count, setup.seed() + seedOffset);
        List<Example> out = new ArrayList<>();
        for (int e = 0; e < samples.length; e++) {
            out.add(new Example(samples[e], List.of(name + (e + 1) + " (seeded random x and target)")));
        }
        return out;
    }
}

package backproplab.curves;

import backproplab.data.WordWindows;
import backproplab.engine.Preprocessor;
import backproplab.engine.Sample;
import backproplab.setup.Examples;
import backproplab.setup.LessonSetup;
import backproplab.setup.Preset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The training and validation examples every curve of an experiment shares: the lesson's own
 * examples ({@link Examples}, the ones the stepping view walks through) and the held-out ones,
 * preprocessed with statistics fitted on the training inputs only. Read-only once built, so runs
 * on several threads can share it.
 */
public record ExperimentData(Sample[] training, Sample[] validation, String description, String validationNote) {
    /** @return the data, with {@code validationNote} saying why there are no validation examples (null when there are) */
    public static ExperimentData build(LessonSetup setup, WordWindows words, Preprocessor.Kind preprocessing) {
        Sample[] training = Examples.samples(Examples.training(setup, words));
        Sample[] validation = Examples.samples(Examples.validation(setup, words));
        String description = setup.preset() == Preset.MAZUR ? "Mazur's example"
                : setup.wordWindows() ? setup.windowSize() + "-word windows" : "synthetic data";
        if (preprocessing != Preprocessor.Kind.NONE) {
            boolean pairs = setup.maxMargin();
            Preprocessor p = Preprocessor.fit(preprocessing, Examples.inputs(training, pairs));
            training = p.apply(training, pairs);
            validation = p.apply(validation, pairs);
            description += ", " + preprocessing.id();
        }
        return new ExperimentData(training, validation, description, validationNote(setup, validation.length));
    }

    /**
     * The lesson's training inputs before and after {@code kind} (fitted on them): what the
     * preprocessing view shows.
     */
    public static double[][][] inputsBeforeAndAfter(LessonSetup setup, WordWindows words, Preprocessor.Kind kind) {
        double[][] raw = Examples.inputs(Examples.samples(Examples.training(setup, words)), setup.maxMargin());
        Preprocessor p = Preprocessor.fit(kind, raw);
        double[][] after = new double[raw.length][];
        for (int r = 0; r < raw.length; r++) after[r] = p.apply(raw[r]);
        return new double[][][] {raw, after};
    }

    /**
     * The data of every curve of {@code specs}, each preprocessing built once: the experiment's
     * {@code preprocessing}, or a curve's own in a race of preprocessings.
     */
    public static Function<CurveSpec, ExperimentData> forCurves(LessonSetup setup, WordWindows words,
            Preprocessor.Kind preprocessing, List<CurveSpec> specs) {
        Map<Preprocessor.Kind, ExperimentData> built = new EnumMap<>(Preprocessor.Kind.class);
        Function<CurveSpec, Preprocessor.Kind> kind = s -> s.preprocessing() == null ? preprocessing : s.preprocessing();
        for (CurveSpec s : specs) built.computeIfAbsent(kind.apply(s), k -> build(setup, words, k));
        return s -> built.get(kind.apply(s));
    }

    /** Why the validation curves stay empty, for the person looking at them; null when there are validation examples. */
    private static String validationNote(LessonSetup setup, int validationExamples) {
        if (validationExamples > 0) return null;
        if (setup.preset() == Preset.MAZUR) return "no validation curves: Mazur's example is a single example";
        return "no validation curves: " + Math.round(Examples.VALIDATION_FRACTION * 100) + "% of the sentences are held out,"
                + " which here is none, or none that marks a location";
    }
}

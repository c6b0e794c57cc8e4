package backproplab.curves;

import backproplab.data.SyntheticData;
import backproplab.data.WindowPair;
import backproplab.data.WordWindows;
import backproplab.engine.Preprocessor;
import backproplab.engine.Sample;
import backproplab.walkthrough.Lesson;
import backproplab.walkthrough.LessonSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * The training and validation examples every curve of an experiment shares: word windows split
 * by sentence with the setup's seed (or seeded synthetic data for custom shapes), preprocessed
 * with statistics fitted on the training inputs only. Read-only once built, so runs on several
 * threads can share it.
 */
public record ExperimentData(Sample[] training, Sample[] validation, String description) {
    /** Synthetic examples for shapes that do not read word windows. */
    static final int SYNTHETIC_TRAINING = 200, SYNTHETIC_VALIDATION = 50;

    public static ExperimentData build(LessonSetup setup, WordWindows words, Preprocessor.Kind preprocessing) {
        int[] layers = setup.layers();
        Sample[] training, validation;
        String description;
        if (setup.wordWindows()) {
            WordWindows.Split split = words.split(setup.windowSize(), setup.seed(), Lesson.VALIDATION_FRACTION);
            training = samples(split.training(), setup.squaredError());
            validation = samples(split.validation(), setup.squaredError());
            description = setup.windowSize() + "-word windows";
        } else {
            int outputs = layers[layers.length - 1];
            training = SyntheticData.samples(layers[0], outputs, SYNTHETIC_TRAINING, setup.seed() + 1);
            validation = SyntheticData.samples(layers[0], outputs, SYNTHETIC_VALIDATION, setup.seed() + 2);
            description = "synthetic data";
        }
        if (preprocessing != Preprocessor.Kind.NONE) {
            boolean pairs = setup.maxMargin();
            List<double[]> rows = new ArrayList<>();
            for (Sample s : training) {
                rows.add(s.x());
                if (pairs) rows.add(s.partner()); // the corrupt windows are inputs too
            }
            Preprocessor p = Preprocessor.fit(preprocessing, rows.toArray(double[][]::new));
            training = p.apply(training, pairs);
            validation = p.apply(validation, pairs);
            description += ", " + preprocessing.id();
        }
        return new ExperimentData(training, validation, description);
    }

    /** Max-margin keeps the pairs; squared error scores each window alone: true → 1, corrupt → 0. */
    private static Sample[] samples(List<WindowPair> pairs, boolean squaredError) {
        List<Sample> out = new ArrayList<>();
        for (WindowPair p : pairs) {
            if (squaredError) {
                out.add(p.trueTarget());
                out.add(p.corruptTarget());
            } else {
                out.add(p.sample());
            }
        }
        return out.toArray(Sample[]::new);
    }
}

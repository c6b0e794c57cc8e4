package backproplab.curves;

import backproplab.engine.OptimizerSettings;
import backproplab.walkthrough.LessonSetup;
import java.util.Locale;

/** Defaults and names shared by the loss-curve panel and the headless {@code curves} command. */
public final class Experiments {
    public static final int DEFAULT_EPOCHS = 100, DEFAULT_BATCH = 1;
    public static final int DEFAULT_PNG_WIDTH = 1600, DEFAULT_PNG_HEIGHT = 1000;

    private Experiments() {}

    /** A learning rate that trains the classroom nets well for each optimizer. */
    public static double defaultLearningRate(OptimizerSettings.Type type) {
        return switch (type) {
            case SGD, ADAGRAD -> 0.1;
            case MOMENTUM -> 0.05;
            case RMSPROP, ADAM -> 0.01;
        };
    }

    /** The setup for a word-window size: 1 → 4-2-1, 3 → 12-4-1, 5 → 20-8-1. */
    public static LessonSetup forWindow(int window) {
        return switch (window) {
            case 1 -> LessonSetup.of(LessonSetup.Preset.CLASSROOM);
            case 3 -> LessonSetup.of(LessonSetup.Preset.CUSTOM).withPreset(LessonSetup.Preset.CUSTOM, new int[] {12, 4, 1});
            case 5 -> LessonSetup.of(LessonSetup.Preset.WINDOW);
            default -> throw new IllegalArgumentException("the window size must be 1, 3 or 5, got " + window);
        };
    }

    /** The chart title: network, data, loss and epochs, e.g. "4-2-1 network · 1-word windows · max-margin loss (Δ = 1) · 100 epochs". */
    public static String title(LessonSetup setup, ExperimentData data, int epochs) {
        String loss = setup.maxMargin()
                ? String.format(Locale.ROOT, "max-margin loss (Δ = %s)", trim(setup.margin())) : "squared-error loss";
        if (setup.l2() > 0) loss += String.format(Locale.ROOT, ", L2 λ = %s", trim(setup.l2()));
        return setup.shape() + " network · " + data.description() + " · " + loss + " · " + epochs + " epochs";
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}

package backproplab.setup;

import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.engine.Preprocessor;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the loss curves race and how they are trained and shown: the ticked activations and
 * optimizers (or one trick varied, {@link Race}), preprocessing (and whether the stepping view
 * walks through the preprocessed examples too), mini-batch size and epochs, and the chart's
 * validation curves, log scale and markers (a shape every few points that names its line without colour).
 */
public record CurveSettings(Set<Activation> activations, Set<Type> optimizers, Preprocessor.Kind preprocessing,
                            int batchSize, int epochs, boolean showValidation, boolean logScale, Race race,
                            boolean stepPreprocessed, boolean markers) {
    public static final int DEFAULT_EPOCHS = 100, DEFAULT_BATCH = 1;
    public static final CurveSettings DEFAULT = new CurveSettings(EnumSet.of(Activation.SIGMOID, Activation.RELU),
            EnumSet.of(Type.SGD, Type.ADAM), Preprocessor.Kind.NONE, DEFAULT_BATCH, DEFAULT_EPOCHS, true, false, Race.PAIRS, false, true);

    public CurveSettings {
        activations = Collections.unmodifiableSet(activations.isEmpty() ? EnumSet.noneOf(Activation.class) : EnumSet.copyOf(activations));
        optimizers = Collections.unmodifiableSet(optimizers.isEmpty() ? EnumSet.noneOf(Type.class) : EnumSet.copyOf(optimizers));
        if (activations.contains(Activation.IDENTITY)) throw new IllegalArgumentException("curves.activations: identity is not a hidden activation");
        if (preprocessing == null) throw new IllegalArgumentException("curves.preprocessing is required");
        if (race == null) throw new IllegalArgumentException("curves.race is required");
        Limits.BATCH.check("curves.batchSize", batchSize);
        Limits.EPOCHS.check("curves.epochs", epochs);
    }

    /** These values, to change inside a {@link Setup.Builder} ({@code b.curves.epochs = 100}). */
    public static final class Builder {
        public Set<Activation> activations;
        public Set<Type> optimizers;
        public Preprocessor.Kind preprocessing;
        public int batchSize, epochs;
        public boolean showValidation, logScale, stepPreprocessed, markers;
        public Race race;

        /** {@code c}'s values; the sets are copies that may be changed. */
        public Builder(CurveSettings c) {
            activations = EnumSet.noneOf(Activation.class);
            activations.addAll(c.activations);
            optimizers = EnumSet.noneOf(Type.class);
            optimizers.addAll(c.optimizers);
            preprocessing = c.preprocessing;
            batchSize = c.batchSize;
            epochs = c.epochs;
            showValidation = c.showValidation;
            logScale = c.logScale;
            race = c.race;
            stepPreprocessed = c.stepPreprocessed;
            markers = c.markers;
        }

        CurveSettings build() {
            return new CurveSettings(activations, optimizers, preprocessing, batchSize, epochs, showValidation, logScale, race,
                    stepPreprocessed, markers);
        }
    }

    /** Why the curves cannot be trained (nothing ticked), or null. A race of one trick needs no ticks. */
    public String notReadyReason() {
        if (race != Race.PAIRS) return null;
        if (activations.isEmpty()) return "Tick at least one activation to compare.";
        if (optimizers.isEmpty()) return "Tick at least one optimizer to compare.";
        return null;
    }
}

package backproplab.engine;

import java.util.Arrays;

/**
 * The outcome of a training run: the losses at the starting weights and after each epoch that
 * finished, and whether it diverged (the first non-finite loss, with its epoch) or was stopped early.
 *
 * @param trainingLoss   mean training loss by epoch: index 0 is the starting weights, index e is epoch e
 * @param validationLoss mean validation loss of the same epochs (NaN without a validation split)
 * @param divergedEpoch  the epoch of the first non-finite loss (0: at the starting weights), or {@link #NOT_DIVERGED}
 * @param divergedValue  that loss (NaN or ±∞), or NaN when the run did not diverge
 */
public record TrainingResult(double[] trainingLoss, double[] validationLoss, int divergedEpoch,
                             double divergedValue, boolean stopped) {
    /** The diverged epoch of a run whose losses all stayed finite. */
    public static final int NOT_DIVERGED = -1;

    static TrainingResult completed(double[] training, double[] validation) {
        return new TrainingResult(training, validation, NOT_DIVERGED, Double.NaN, false);
    }

    /** Keeps the epochs before {@code epoch} (none when the starting loss is not finite). */
    static TrainingResult diverged(double[] training, double[] validation, int epoch, double value) {
        return new TrainingResult(Arrays.copyOf(training, epoch), Arrays.copyOf(validation, epoch), epoch, value, false);
    }

    /** Keeps epochs 0 … {@code epochs}. */
    static TrainingResult stopped(double[] training, double[] validation, int epochs) {
        return new TrainingResult(Arrays.copyOf(training, epochs + 1), Arrays.copyOf(validation, epochs + 1), NOT_DIVERGED,
                Double.NaN, true);
    }

    public boolean diverged() {
        return divergedEpoch != NOT_DIVERGED;
    }

    /** How many epochs finished (the starting point is not one). */
    public int epochs() {
        return Math.max(0, trainingLoss.length - 1);
    }
}

package backproplab.engine;

import java.util.Arrays;

/**
 * The outcome of a training run: per-epoch losses of the epochs that finished, and whether it
 * diverged (the first non-finite loss, with its epoch) or was stopped early.
 *
 * @param trainingLoss   mean training loss of epochs 1 … n (index 0 is epoch 1)
 * @param validationLoss mean validation loss of the same epochs (NaN without a validation split)
 * @param divergedEpoch  1-based epoch of the first non-finite loss, or 0
 * @param divergedValue  that loss (NaN or ±∞), or NaN when the run did not diverge
 */
public record TrainingResult(double[] trainingLoss, double[] validationLoss, int divergedEpoch,
                             double divergedValue, boolean stopped) {

    static TrainingResult completed(double[] training, double[] validation) {
        return new TrainingResult(training, validation, 0, Double.NaN, false);
    }

    static TrainingResult diverged(double[] training, double[] validation, int epoch, double value) {
        return new TrainingResult(Arrays.copyOf(training, epoch - 1), Arrays.copyOf(validation, epoch - 1),
                epoch, value, false);
    }

    static TrainingResult stopped(double[] training, double[] validation, int epochs) {
        return new TrainingResult(Arrays.copyOf(training, epochs), Arrays.copyOf(validation, epochs), 0, Double.NaN, true);
    }

    public boolean diverged() {
        return divergedEpoch > 0;
    }

    /** How many epochs finished. */
    public int epochs() {
        return trainingLoss.length;
    }
}

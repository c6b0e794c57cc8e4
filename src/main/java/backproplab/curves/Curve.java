package backproplab.curves;

import backproplab.engine.TrainingResult;

/**
 * The loss curve of one {@link CurveSpec}: mean training and validation loss by epoch (index 0 is
 * the starting weights, index e is epoch e), and where it diverged, if it did.
 *
 * @param divergedEpoch the epoch of the first non-finite loss (0: at the starting weights), or {@link #NOT_DIVERGED}
 */
public record Curve(CurveSpec spec, double[] training, double[] validation, int divergedEpoch, double divergedValue) {
    /** The diverged epoch of a curve whose losses all stayed finite. */
    public static final int NOT_DIVERGED = TrainingResult.NOT_DIVERGED;

    public boolean diverged() {
        return divergedEpoch != NOT_DIVERGED;
    }

    /** How many epochs finished (the starting point is not one). */
    public int epochs() {
        return Math.max(0, training.length - 1);
    }

    /** The legend entry, with "diverged at epoch N" when it did. */
    public String legend() {
        return diverged() ? spec.label() + " (" + divergedAt(divergedEpoch) + ")" : spec.label();
    }

    /** "diverged at epoch N": the one wording of the legend, the chart mark and the command's summary. */
    public static String divergedAt(int epoch) {
        return "diverged at epoch " + epoch + (epoch == 0 ? ", the starting weights" : "");
    }
}

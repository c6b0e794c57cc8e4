package backproplab.curves;

/**
 * The loss curve of one {@link CurveSpec}: mean training and validation loss per finished epoch
 * (index 0 is epoch 1), and where it diverged, if it did.
 *
 * @param divergedEpoch 1-based epoch of the first non-finite loss, or 0
 */
public record Curve(CurveSpec spec, double[] training, double[] validation, int divergedEpoch, double divergedValue) {
    public boolean diverged() {
        return divergedEpoch > 0;
    }

    public int epochs() {
        return training.length;
    }

    /** The legend entry, with "diverged at epoch N" when it did. */
    public String legend() {
        return diverged() ? spec.label() + " (" + divergedAt(divergedEpoch) + ")" : spec.label();
    }

    /** "diverged at epoch N": the one wording of the legend, the chart mark and the command's summary. */
    public static String divergedAt(int epoch) {
        return "diverged at epoch " + epoch;
    }
}

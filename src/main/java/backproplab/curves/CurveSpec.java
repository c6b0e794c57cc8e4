package backproplab.curves;

import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;

/** One curve to train: a hidden activation and an optimizer (with its hyperparameters). */
public record CurveSpec(Activation hidden, OptimizerSettings optimizer) {
    /** Names as the notes write them, for legends. */
    public static String displayName(Activation a) {
        return switch (a) {
            case IDENTITY -> "identity";
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case HARDTANH -> "hard tanh";
            case SOFTSIGN -> "soft sign";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
        };
    }

    /** The legend entry, e.g. "tanh · Adam". */
    public String label() {
        return displayName(hidden) + " · " + optimizer.type().displayName();
    }
}

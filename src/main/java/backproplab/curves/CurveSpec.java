package backproplab.curves;

import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;

/** One curve to train: a hidden activation and an optimizer (with its hyperparameters). */
public record CurveSpec(Activation hidden, OptimizerSettings optimizer) {
    /** The legend entry, e.g. "tanh · Adam". */
    public String label() {
        return hidden.displayName() + " · " + optimizer.type().displayName();
    }
}

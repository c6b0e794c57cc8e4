package backproplab.curves;

import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;

/**
 * One curve to train: a hidden activation and an optimizer (with its hyperparameters and
 * schedule), and, when a race varies them, its own initialisation and preprocessing.
 *
 * @param init          the initial weights' distribution, or null for the experiment's
 * @param preprocessing the inputs' preprocessing, or null for the experiment's
 * @param variant       the legend entry of a curve in a race of one trick (e.g. "whiten"), or null
 */
public record CurveSpec(Activation hidden, OptimizerSettings optimizer, Initialization init, Preprocessor.Kind preprocessing,
                        String variant) {
    /** An activation × optimizer curve of the experiment's initialisation and preprocessing. */
    public CurveSpec(Activation hidden, OptimizerSettings optimizer) {
        this(hidden, optimizer, null, null, null);
    }

    /** The legend entry, e.g. "tanh · Adam", or the variant's name in a race of one trick. */
    public String label() {
        return variant != null ? variant : hidden.displayName() + " · " + optimizer.type().displayName();
    }
}

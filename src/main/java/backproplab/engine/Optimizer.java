package backproplab.engine;

/**
 * One update rule. Parameters come in slots — slot 2(k−1) is W^(k), slot 2(k−1)+1 is b^(k) —
 * and each slot has its own state (velocity, accumulated squares, moments), allocated once when
 * the optimizer is created for a network and starting at 0.
 */
public interface Optimizer {
    /**
     * Applies one update to {@code theta} (modified in place) from its batch gradient.
     *
     * @param slot     which parameter array this is (see the class comment)
     * @param rate     the learning rate for this slot at this step (scheduled, maybe fan-in scaled)
     * @param t        the step index, 0 for the first update
     */
    void update(int slot, double[] theta, double[] gradient, double rate, int t);

    /** The optimizer's state for a slot, e.g. Adam's first moment m; live, read-only outside {@link Learner#copyFrom}. */
    double[] state(int slot, int which);

    /** How many state arrays each slot has (0 for SGD, 2 for Adam). */
    int stateCount();

    /**
     * True if a zero gradient leaves the parameters and the state exactly as they are (SGD:
     * θ − α·0 = θ; AdaGrad: G + 0², θ − α·0/(√G + ε)). Momentum, RMSProp and Adam move or decay
     * their state even then.
     */
    default boolean zeroGradientChangesNothing() {
        return false;
    }

    /** Slot of W^(k). */
    static int weightSlot(int k) {
        return 2 * (k - 1);
    }

    /** Slot of b^(k). */
    static int biasSlot(int k) {
        return 2 * (k - 1) + 1;
    }

    /** State buffers shaped like the network's parameters: result[slot] for every slot. */
    static double[][] newState(Network network) {
        int layers = network.layerCount();
        double[][] state = new double[2 * (layers - 1)][];
        for (int k = 1; k < layers; k++) {
            state[weightSlot(k)] = new double[network.weights(k).length];
            state[biasSlot(k)] = new double[network.biases(k).length];
        }
        return state;
    }
}

package backproplab.walkthrough;

import backproplab.engine.OptimizerSettings;
import backproplab.engine.ParameterUpdate;

/**
 * One layer's update as it happened: W^(k) and b^(k) before and after, their gradients, the
 * optimizer's state arrays before and after ([which][index], as {@code Optimizer.state} orders
 * them), the rate the layer was given and the step t. Any parameter's update can be explained from
 * it ({@link #weight}, {@link #bias}), and what the engine did is here to compare. Read-only.
 *
 * @param fanIn n_k, the units feeding the layer (fan-in scaling divides α_t by √n_k)
 */
public record LayerUpdate(int k, OptimizerSettings settings, double alpha, double rate, int t, int fanIn,
                          double[] weightsBefore, double[] weightGradients, double[] weightsAfter,
                          double[][] weightStateBefore, double[][] weightStateAfter,
                          double[] biasesBefore, double[] biasGradients, double[] biasesAfter,
                          double[][] biasStateBefore, double[][] biasStateAfter) {

    /** Biases are frozen (the optimizer leaves them and their state as they were). */
    public boolean biasesFrozen() {
        return !settings.updateBiases();
    }

    /** The update of W^(k)_ij (0-based i, j) in its optimizer's terms. */
    public ParameterUpdate weight(int i, int j) {
        int index = i * fanIn + j;
        return ParameterUpdate.of(settings, rate, t, weightsBefore[index], weightGradients[index], column(weightStateBefore, index));
    }

    /** The update of b^(k)_i, or null when biases are frozen. */
    public ParameterUpdate bias(int i) {
        if (biasesFrozen()) return null;
        return ParameterUpdate.of(settings, rate, t, biasesBefore[i], biasGradients[i], column(biasStateBefore, i));
    }

    /** The engine's own state after the update for W^(k)_ij (to compare with {@link #weight}). */
    public double[] weightStateAfter(int i, int j) {
        return column(weightStateAfter, i * fanIn + j);
    }

    public double[] biasStateAfter(int i) {
        return column(biasStateAfter, i);
    }

    private static double[] column(double[][] state, int index) {
        double[] out = new double[state.length];
        for (int s = 0; s < state.length; s++) out[s] = state[s][index];
        return out;
    }
}

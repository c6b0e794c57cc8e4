package backproplab.engine;

import java.util.Arrays;

/**
 * The buffers of one forward and backward pass through a network: z, a and δ of every unit.
 *
 * <p>Arrays are indexed by the notes' layer number k (1 = input layer, L = output layer); slot 0
 * is unused and {@code z[1]} and {@code delta[1]} are empty because the input layer has neither.
 * Accessors return the live buffers, not copies: a view may read them, only the engine writes.
 */
public final class Pass {
    final double[][] z;
    final double[][] a;
    final double[][] delta;
    /** ∂J/∂a^(L), set by the loss before the backward pass. */
    final double[] outputError;

    Pass(int[] sizes) {
        int layers = sizes.length - 1;
        z = new double[layers + 1][];
        a = new double[layers + 1][];
        delta = new double[layers + 1][];
        z[0] = a[0] = delta[0] = new double[0];
        for (int k = 1; k <= layers; k++) {
            a[k] = new double[sizes[k]];
            z[k] = new double[k == 1 ? 0 : sizes[k]];
            delta[k] = new double[k == 1 ? 0 : sizes[k]];
        }
        outputError = new double[sizes[layers]];
    }

    /** z^(k): pre-activations of layer k (k ≥ 2). Live buffer. */
    public double[] preActivations(int k) {
        return z[k];
    }

    /** a^(k): activations of layer k; a^(1) is the input x. Live buffer. */
    public double[] activations(int k) {
        return a[k];
    }

    /** δ^(k) = ∂J/∂z^(k) of layer k (k ≥ 2). Live buffer. */
    public double[] deltas(int k) {
        return delta[k];
    }

    /** ∂J/∂a^(L), the error the loss hands to the output layer. Live buffer. */
    public double[] outputError() {
        return outputError;
    }

    /** Sets every δ to 0: the backward pass of an example whose loss has zero gradient. */
    void clearDeltas() {
        for (double[] d : delta) Arrays.fill(d, 0);
    }

    /** The number of layers L. */
    public int layerCount() {
        return a.length - 1;
    }
}

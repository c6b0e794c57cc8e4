package backproplab.walkthrough;

/**
 * Everything the stepping view shows after one micro-step, frozen: z, a and δ of every unit of
 * every pass (NaN where this example has not computed it yet), the parameters, their gradients
 * (NaN until computed for this example) and their last update, and the loss. Read-only: the
 * accessors return values, never the arrays. Layers are the notes' k (1-based), units 0-based.
 */
public final class Snapshot {
    private final double[][][] z, a, derivative, delta; // [pass][k][i]
    private final double[][] weights, biases;         // [k][row-major]
    private final double[][] weightGradients, biasGradients;
    private final double[][] weightUpdates, biasUpdates;
    private final double loss;
    private final double[][] outputError; // [pass][i]: ∂J/∂a^(L)_i, null before the loss step
    private final LayerUpdate[] lastUpdates; // [k]: the layer's last update, null before any

    Snapshot(double[][][] z, double[][][] a, double[][][] derivative, double[][][] delta, double[][] weights, double[][] biases,
             double[][] weightGradients, double[][] biasGradients, double[][] weightUpdates,
             double[][] biasUpdates, double loss, double[][] outputError, LayerUpdate[] lastUpdates) {
        this.lastUpdates = lastUpdates;
        this.outputError = outputError;
        this.z = z;
        this.a = a;
        this.derivative = derivative;
        this.delta = delta;
        this.weights = weights;
        this.biases = biases;
        this.weightGradients = weightGradients;
        this.biasGradients = biasGradients;
        this.weightUpdates = weightUpdates;
        this.biasUpdates = biasUpdates;
        this.loss = loss;
    }

    /** Layer k's last update with the optimizer's state around it, or null before its first update. */
    public LayerUpdate lastUpdate(int k) {
        return k < lastUpdates.length ? lastUpdates[k] : null;
    }

    /** Every layer's last update, [k] (shared, never modified). */
    LayerUpdate[] lastUpdates() {
        return lastUpdates;
    }

    public int passCount() {
        return z.length;
    }

    /** z^(k)_i of pass p (NaN if not computed yet; k ≥ 2). */
    public double z(int p, int k, int i) {
        return z[p][k][i];
    }

    /** a^(k)_i of pass p; a^(1) is the input. */
    public double a(int p, int k, int i) {
        return a[p][k][i];
    }

    /** f_k'(z^(k)_i) of pass p, as the engine computed it (NaN if z is not computed yet). */
    public double derivative(int p, int k, int i) {
        return derivative[p][k][i];
    }

    /** δ^(k)_i of pass p (NaN if not computed yet). */
    public double delta(int p, int k, int i) {
        return delta[p][k][i];
    }

    /** W^(k)_ij (i: unit of layer k+1, j: unit of layer k). */
    public double weight(int k, int i, int j) {
        return weights[k][i * fanIn(k) + j];
    }

    /** b^(k)_i. */
    public double bias(int k, int i) {
        return biases[k][i];
    }

    /** ∂J/∂W^(k)_ij of this example (NaN until the gradients phase reaches it). */
    public double weightGradient(int k, int i, int j) {
        return weightGradients[k][i * fanIn(k) + j];
    }

    /** ∂J/∂b^(k)_i of this example (NaN until computed). */
    public double biasGradient(int k, int i) {
        return biasGradients[k][i];
    }

    /** The change the last update made to W^(k)_ij (NaN before the first update). */
    public double weightUpdate(int k, int i, int j) {
        return weightUpdates[k][i * fanIn(k) + j];
    }

    /** The change the last update made to b^(k)_i. */
    public double biasUpdate(int k, int i) {
        return biasUpdates[k][i];
    }

    /** J of this example, NaN before the loss step. */
    public double loss() {
        return loss;
    }

    /** ∂J/∂a^(L)_i of pass p, the error the loss hands the output (NaN before the loss step). */
    public double outputError(int p, int i) {
        return outputError == null ? Double.NaN : outputError[p][i];
    }

    private int fanIn(int k) {
        return a[0][k].length;
    }
}

package backproplab.engine;

import java.util.Arrays;

/**
 * A fully connected network: layers 1..L, weights W^(k) and biases b^(k) mapping layer k to k+1,
 * and the gradient buffers of one mini-batch.
 *
 * <p>Every buffer is allocated here, once. {@code W^(k)} is stored row-major in a flat array of
 * {@code n_{k+1} × n_k}: element (i, j) — the weight from unit j of layer k into unit i of layer
 * k+1 — sits at {@code i * n_k + j}. Indices i and j in this API are 0-based; the notes count
 * from 1, so the notes' W^(1)_12 is {@code weight(1, 0, 1)}.
 *
 * <p>The unit of work is one neuron: {@link #computeUnit}, {@link #computeDelta} and
 * {@link #accumulateUnitGradient}. The full passes ({@link #forward}, {@link #backpropagate}) do
 * not call them per unit: they run the same private kernels ({@code preActivation},
 * {@code sharedError}, {@code addGradientRow}) with each layer's buffers looked up once, so a
 * step-by-step walkthrough and training compute every number with the same arithmetic in the same order.
 */
public final class Network {
    /** Limits a session accepts; larger nets are not drawable and not what the course needs. */
    public static final int MIN_LAYERS = 2, MAX_LAYERS = 8, MAX_UNITS = 512;

    private final int[] sizes;           // sizes[k] = n_k, k = 1..L
    private final Activation[] activation; // activation[k] = f_k, k = 2..L
    private final double leakySlope;
    private final double[][] weights;    // weights[k] = W^(k), k = 1..L-1
    private final double[][] biases;     // biases[k] = b^(k)
    private final double[][] weightGradients;
    private final double[][] biasGradients;

    private boolean gradientsCleared;

    /**
     * A network of the given layer sizes with all parameters 0.
     *
     * @param layerSizes n_1 … n_L
     * @throws IllegalArgumentException if there are not 2–8 layers of 1–512 units
     */
    public Network(int[] layerSizes, Activation hidden, Activation output, double leakySlope) {
        validate(layerSizes);
        int layers = layerSizes.length;
        sizes = new int[layers + 1];
        System.arraycopy(layerSizes, 0, sizes, 1, layers);
        activation = new Activation[layers + 1];
        for (int k = 2; k <= layers; k++) {
            activation[k] = k == layers ? output : hidden;
        }
        this.leakySlope = leakySlope;
        weights = new double[layers][];
        biases = new double[layers][];
        weightGradients = new double[layers][];
        biasGradients = new double[layers][];
        weights[0] = biases[0] = weightGradients[0] = biasGradients[0] = new double[0];
        for (int k = 1; k < layers; k++) {
            weights[k] = new double[sizes[k + 1] * sizes[k]];
            weightGradients[k] = new double[sizes[k + 1] * sizes[k]];
            biases[k] = new double[sizes[k + 1]];
            biasGradients[k] = new double[sizes[k + 1]];
        }
    }

    /** Throws an exception naming the problem unless {@code layerSizes} is a drawable, trainable shape. */
    public static void validate(int[] layerSizes) {
        if (layerSizes.length < MIN_LAYERS || layerSizes.length > MAX_LAYERS) {
            throw new IllegalArgumentException("a network needs " + MIN_LAYERS + " to " + MAX_LAYERS
                    + " layers, got " + layerSizes.length);
        }
        for (int k = 0; k < layerSizes.length; k++) {
            if (layerSizes[k] < 1 || layerSizes[k] > MAX_UNITS) {
                throw new IllegalArgumentException("layer " + (k + 1) + " has " + layerSizes[k]
                        + " units, expected 1 to " + MAX_UNITS);
            }
        }
    }

    /** A new pass whose buffers fit this network. */
    public Pass newPass() {
        return new Pass(sizes);
    }

    /** The number of layers L. */
    public int layerCount() {
        return sizes.length - 1;
    }

    /** n_k, the number of units in layer k (1-based). */
    public int layerSize(int k) {
        return sizes[k];
    }

    /** n_1 … n_L as a new array. */
    public int[] layerSizes() {
        return Arrays.copyOfRange(sizes, 1, sizes.length);
    }

    /** f_k, the activation of layer k ≥ 2. */
    public Activation activation(int k) {
        return activation[k];
    }

    /** The leaky-ReLU slope k. */
    public double leakySlope() {
        return leakySlope;
    }

    /** W^(k), row-major n_{k+1} × n_k. Live buffer: the optimizer writes it. */
    public double[] weights(int k) {
        return weights[k];
    }

    /** b^(k), length n_{k+1}. Live buffer. */
    public double[] biases(int k) {
        return biases[k];
    }

    /** ∇_{W^(k)} J of the current mini-batch. Live buffer. */
    public double[] weightGradients(int k) {
        return weightGradients[k];
    }

    /** ∇_{b^(k)} J of the current mini-batch. Live buffer. */
    public double[] biasGradients(int k) {
        return biasGradients[k];
    }

    /** W^(k)_ij with 0-based i (unit of layer k+1) and j (unit of layer k). */
    public double weight(int k, int i, int j) {
        return weights[k][i * sizes[k] + j];
    }

    /** Copies {@code x} into a^(1) of {@code pass}. */
    public void loadInput(Pass pass, double[] x) {
        if (x.length != sizes[1]) {
            throw new IllegalArgumentException("input has " + x.length + " values, expected " + sizes[1]);
        }
        double[] in = pass.a[1];
        for (int j = 0; j < in.length; j++) { // a loop, not System.arraycopy: cheaper for a few values
            in[j] = x[j];
        }
    }

    /**
     * One neuron forward: z^(k)_i = Σ_j W^(k−1)_ij a^(k−1)_j + b^(k−1)_i and a^(k)_i = f_k(z^(k)_i).
     * Writes z and a of unit i of layer k into {@code pass}; layer k−1 must already be computed.
     *
     * @return a^(k)_i
     */
    public double computeUnit(Pass pass, int k, int i) {
        double z = preActivation(weights[k - 1], i * sizes[k - 1], pass.a[k - 1], biases[k - 1][i]);
        double a = activation[k].value(z, leakySlope);
        pass.z[k][i] = z;
        pass.a[k][i] = a;
        return a;
    }

    /**
     * The full forward pass of {@code x}: every unit of layers 2..L in order, each exactly as
     * {@link #computeUnit} computes it (the same kernel, with the layer's buffers looked up once).
     */
    public void forward(Pass pass, double[] x) {
        loadInput(pass, x);
        for (int k = 2; k < sizes.length; k++) {
            double[] w = weights[k - 1], b = biases[k - 1], in = pass.a[k - 1], z = pass.z[k], a = pass.a[k];
            Activation f = activation[k];
            for (int i = 0, row = 0; i < z.length; i++, row += in.length) {
                double zi = preActivation(w, row, in, b[i]);
                z[i] = zi;
                a[i] = f.value(zi, leakySlope);
            }
        }
    }

    /** b + Σ_j w[row + j] · in[j]: the pre-activation of the unit whose weights start at {@code row}. */
    private static double preActivation(double[] w, int row, double[] in, double bias) {
        double z = bias;
        for (int j = 0; j < in.length; j++) {
            z += w[row + j] * in[j];
        }
        return z;
    }

    /**
     * One neuron backward: δ^(k)_i = f_k'(z^(k)_i) · e_i, where e_i = ∂J/∂a^(L)_i for the output
     * layer and e_i = Σ_j W^(k)_ji δ^(k+1)_j (the error shared back from layer k+1) otherwise.
     * Writes δ of unit i of layer k; for k &lt; L, layer k+1 must already have its δ.
     *
     * @return δ^(k)_i
     */
    public double computeDelta(Pass pass, int k, int i) {
        double error = k == layerCount() ? pass.outputError[i] : sharedError(pass, k, i);
        double d = activation[k].derivative(pass.z[k][i], pass.a[k][i], leakySlope) * error;
        pass.delta[k][i] = d;
        return d;
    }

    /** Σ_j W^(k)_ji δ^(k+1)_j: the error unit i of hidden layer k receives from the layer above. */
    public double sharedError(Pass pass, int k, int i) {
        return sharedError(weights[k], sizes[k], pass.delta[k + 1], i);
    }

    private static double sharedError(double[] w, int fanIn, double[] above, int i) {
        double sum = 0;
        for (int j = 0, idx = i; j < above.length; j++, idx += fanIn) {
            sum += w[idx] * above[j];
        }
        return sum;
    }

    /**
     * The backward pass and its gradients in one sweep: δ of every unit, output layer first (each
     * exactly as {@link #computeDelta}), and as soon as δ^(k)_i is known, row i of
     * ∇_{W^(k−1)} J += δ^(k)_i a^(k−1)ᵀ and ∇_{b^(k−1)} J_i += δ^(k)_i (as {@link #accumulateUnitGradient}).
     * Doing both in one sweep keeps δ in a register instead of storing and reloading it.
     */
    public void backpropagate(Pass pass) {
        boolean overwrite = gradientsCleared;
        gradientsCleared = false;
        int last = layerCount();
        for (int k = last; k >= 2; k--) {
            double[] z = pass.z[k], a = pass.a[k], delta = pass.delta[k], in = pass.a[k - 1];
            double[] gw = weightGradients[k - 1], gb = biasGradients[k - 1];
            Activation f = activation[k];
            boolean output = k == last;
            double[] w = output ? null : weights[k], above = output ? pass.outputError : pass.delta[k + 1];
            for (int i = 0, row = 0; i < z.length; i++, row += in.length) {
                double error = output ? above[i] : sharedError(w, z.length, above, i);
                double d = f.derivative(z[i], a[i], leakySlope) * error;
                delta[i] = d;
                addGradientRow(gw, gb, i, row, d, in, overwrite);
            }
        }
    }

    /**
     * One neuron's gradients: adds δ^(k)_i a^(k−1)ᵀ to row i of ∇_{W^(k−1)} J and δ^(k)_i to
     * ∇_{b^(k−1)} J_i (k ≥ 2); δ^(k)_i must be computed. Modifies the gradient buffers.
     */
    public void accumulateUnitGradient(Pass pass, int k, int i) {
        applyPendingClear();
        double[] in = pass.a[k - 1];
        addGradientRow(weightGradients[k - 1], biasGradients[k - 1], i, i * in.length, pass.delta[k][i], in, false);
    }

    private static void addGradientRow(double[] gw, double[] gb, int i, int row, double d, double[] in, boolean overwrite) {
        if (overwrite) {
            gb[i] = d;
            for (int j = 0; j < in.length; j++) gw[row + j] = d * in[j];
        } else {
            gb[i] += d;
            for (int j = 0; j < in.length; j++) gw[row + j] += d * in[j];
        }
    }

    /**
     * Starts a mini-batch: the gradients count as 0. The buffers are not zeroed here — the next
     * {@link #backpropagate} overwrites instead of adding, which saves a pass over every gradient
     * per step; any other accumulation, or {@link #finishGradients}, zeroes them first.
     */
    public void clearGradients() {
        gradientsCleared = true;
    }

    /** False while no pass has added to the gradients since {@link #clearGradients} (they are all 0). */
    public boolean gradientsAccumulated() {
        return !gradientsCleared;
    }

    /** Zeroes the gradient buffers if {@link #clearGradients} is still pending. */
    private void applyPendingClear() {
        if (gradientsCleared) {
            for (int k = 1; k < layerCount(); k++) {
                Arrays.fill(weightGradients[k], 0);
                Arrays.fill(biasGradients[k], 0);
            }
            gradientsCleared = false;
        }
    }

    /**
     * Ends a mini-batch: turns the summed gradients into the batch mean and adds the L2 term,
     * ∇W ← ∇W / B + λW (biases: ∇b ← ∇b / B).
     */
    public void finishGradients(int batchSize, double l2) {
        applyPendingClear(); // no example contributed (e.g. every hinge inactive): the gradients are 0
        if (batchSize == 1 && l2 == 0) {
            return; // the sum of one example is its mean
        }
        double scale = 1.0 / batchSize;
        for (int k = 1; k < layerCount(); k++) {
            double[] gw = weightGradients[k];
            double[] w = weights[k];
            double[] gb = biasGradients[k];
            for (int idx = 0; idx < gw.length; idx++) {
                gw[idx] = gw[idx] * scale + l2 * w[idx];
            }
            for (int i = 0; i < gb.length; i++) {
                gb[i] *= scale;
            }
        }
    }

    /** (λ/2) Σ_k Σ_ij (W^(k)_ij)²; biases are never regularised. */
    public double l2Penalty(double l2) {
        if (l2 == 0) {
            return 0;
        }
        double sum = 0;
        for (int k = 1; k < layerCount(); k++) {
            for (double w : weights[k]) {
                sum += w * w;
            }
        }
        return 0.5 * l2 * sum;
    }
}

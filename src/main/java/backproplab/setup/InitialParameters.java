package backproplab.setup;

import backproplab.engine.Network;
import java.util.Arrays;

/**
 * Initial weights and biases given explicitly (read from a scenario file), so a lesson starts
 * from exactly these numbers on any machine. {@code weights[k-1]} is W^(k), row-major as in
 * {@link Network}; {@code biases[k-1]} is b^(k).
 */
public record InitialParameters(double[][] weights, double[][] biases) {
    public InitialParameters {
        weights = deepCopy(weights);
        biases = deepCopy(biases);
        if (weights.length != biases.length) throw new IllegalArgumentException("one bias vector per weight matrix");
    }

    /** The current parameters of {@code network}. */
    public static InitialParameters of(Network network) {
        int gaps = network.layerCount() - 1;
        double[][] w = new double[gaps][], b = new double[gaps][];
        for (int k = 1; k <= gaps; k++) {
            w[k - 1] = network.weights(k);
            b[k - 1] = network.biases(k);
        }
        return new InitialParameters(w, b);
    }

    /** True if these parameters fit a network of {@code layers}. */
    public boolean fits(int[] layers) {
        if (weights.length != layers.length - 1) return false;
        for (int k = 1; k < layers.length; k++) {
            if (weights[k - 1].length != layers[k] * layers[k - 1] || biases[k - 1].length != layers[k]) return false;
        }
        return true;
    }

    /** Copies the parameters into {@code network} (modified), which must have the same shape. */
    public void copyInto(Network network) {
        for (int k = 1; k < network.layerCount(); k++) {
            System.arraycopy(weights[k - 1], 0, network.weights(k), 0, weights[k - 1].length);
            System.arraycopy(biases[k - 1], 0, network.biases(k), 0, biases[k - 1].length);
        }
    }

    @Override
    public double[][] weights() {
        return deepCopy(weights);
    }

    @Override
    public double[][] biases() {
        return deepCopy(biases);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) out[i] = a[i].clone();
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InitialParameters p && Arrays.deepEquals(weights, p.weights) && Arrays.deepEquals(biases, p.biases);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(weights) * 31 + Arrays.deepHashCode(biases);
    }
}

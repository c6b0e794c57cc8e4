package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.engine.Activation;
import backproplab.engine.Network;
import backproplab.engine.Pass;
import backproplab.engine.Sample;
import backproplab.engine.SquaredErrorLoss;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** §6.1's counts: the closed forms agree with enumerating every path, and the paths do add up to backprop's gradient. */
class BackpropCostTest {
    private static final int[][] SMALL = {{4, 2, 1}, {2, 2, 2}, {4, 3, 3, 1}, {3, 2, 4, 2, 2}, {2, 3, 3, 3, 3, 1}};

    /** Multiplications of following every path, counted by walking them one by one. */
    private static long enumerate(int[] layers) {
        long total = 0;
        for (int k = 1; k < layers.length; k++) {
            for (int i = 0; i < layers[k]; i++) {
                long[] paths = walk(layers, k + 1, 1); // f'(z) of the path's first unit is its first factor
                total += layers[k - 1] * (paths[1] + paths[0]) + paths[1]; // a weight's paths also × a^(k)_j; a bias's do not
            }
        }
        return total;
    }

    /**
     * Walks every path on from a unit of layer l (1-based) holding {@code factors} factors so far:
     * {number of paths, their multiplications added up}. At an output unit the error is the last
     * factor, so a path of f factors plus the error takes f multiplications.
     */
    private static long[] walk(int[] layers, int l, int factors) {
        if (l == layers.length) return new long[] {1, factors};
        long[] sum = new long[2];
        for (int m = 0; m < layers[l]; m++) {
            long[] on = walk(layers, l + 1, factors + 2); // × W into unit m, × f'(z) of unit m
            sum[0] += on[0];
            sum[1] += on[1];
        }
        return sum;
    }

    /** Each path's product, added up: the same number backprop gets by saving the δ's. */
    private static double pathSum(Network n, Pass pass, int l, int u) {
        double fprime = n.activation(l).derivative(pass.preActivations(l)[u], pass.activations(l)[u], n.leakySlope());
        if (l == n.layerCount()) return fprime * pass.outputError()[u];
        double sum = 0;
        for (int m = 0; m < n.layerSize(l + 1); m++) sum += n.weight(l, m, u) * pathSum(n, pass, l + 1, m);
        return fprime * sum;
    }

    @Test
    void theClosedFormsMatchWalkingEveryPath() {
        for (int[] layers : SMALL) {
            assertEquals(enumerate(layers), BackpropCost.everyPath(layers), 0.0, Arrays.toString(layers));
            assertTrue(BackpropCost.withSavedDeltas(layers) <= BackpropCost.everyPath(layers));
        }
        assertEquals(4 * 2 + 2 * 1 + 1 + 2 * (1 + 1), BackpropCost.withSavedDeltas(new int[] {4, 2, 1}), "15 for the notes' net");
    }

    @Test
    void addingUpEveryPathGivesBackpropsGradient() {
        Random random = new Random(61);
        for (int[] layers : SMALL) {
            Network n = new Network(layers, Activation.TANH, Activation.SIGMOID, 0.01);
            for (int k = 1; k < n.layerCount(); k++) {
                for (int w = 0; w < n.weights(k).length; w++) n.weights(k)[w] = random.nextGaussian() * 0.7;
                for (int b = 0; b < n.biases(k).length; b++) n.biases(k)[b] = random.nextGaussian() * 0.2;
            }
            double[] x = new double[layers[0]], t = new double[layers[layers.length - 1]];
            for (int j = 0; j < x.length; j++) x[j] = random.nextDouble() - 0.5;
            for (int j = 0; j < t.length; j++) t[j] = random.nextDouble();
            Pass[] passes = {n.newPass()};
            var loss = new SquaredErrorLoss();
            Sample sample = new Sample(x, t);
            n.clearGradients();
            loss.forward(n, passes, sample);
            loss.accumulate(n, passes, sample);
            for (int k = 1; k < n.layerCount(); k++) {
                for (int i = 0; i < layers[k]; i++) {
                    double delta = pathSum(n, passes[0], k + 1, i);
                    assertEquals(n.biasGradients(k)[i], delta, 1e-12, "b^(" + k + ")_" + (i + 1));
                    for (int j = 0; j < layers[k - 1]; j++) {
                        assertEquals(n.weightGradients(k)[i * layers[k - 1] + j], delta * passes[0].activations(k)[j], 1e-12);
                    }
                }
            }
        }
    }

    @Test
    void pathsGrowExponentiallyWithDepthAndSavedDeltasLinearly() {
        int[] net = {4, 2, 1};
        double previousRatio = 0;
        for (int depth = 3; depth <= 8; depth++) {
            int[] deep = BackpropCost.deepened(net, depth, 4);
            double ratio = BackpropCost.everyPath(deep) / BackpropCost.withSavedDeltas(deep);
            assertTrue(ratio > previousRatio, "the gap widens with depth: " + ratio);
            previousRatio = ratio;
        }
        assertEquals(8, BackpropCost.deepened(net, 8, 4).length);
    }
}

package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Finite-difference checks: for every activation × loss, with and without L2, the engine's
 * back-propagated gradient equals the central difference (J(θ+h) − J(θ−h)) / 2h of its own
 * forward pass, on 4-2-1, 20-8-1 and three-hidden-layer networks.
 */
class GradientCheckTest {
    private static final double H = 1e-5;
    private static final double MAX_RELATIVE_ERROR = 1e-6;
    /** Networks with a z this close to a kink (or a hinge this close to 0) are redrawn. */
    private static final double KINK_CLEARANCE = 1e-3;

    private static final int[][] SHAPES_ONE_OUTPUT = {{4, 2, 1}, {20, 8, 1}, {5, 4, 3, 3, 1}, {3, 6, 1}};
    private static final int[][] SHAPES_SQUARED = {{4, 2, 1}, {20, 8, 1}, {3, 4, 3, 3, 2}, {2, 2, 2}};

    @Test
    void backpropagationMatchesCentralDifferences() {
        Random random = new Random(20261124);
        int checked = 0, nonZero = 0;
        for (Activation hidden : Activation.values()) {
            for (boolean maxMargin : new boolean[] {true, false}) {
                for (double l2 : new double[] {0, 0.05}) {
                    int[][] shapes = maxMargin ? SHAPES_ONE_OUTPUT : SHAPES_SQUARED;
                    for (int repeat = 0; repeat < 2; repeat++) {
                        for (int[] shape : shapes) {
                            Activation output = repeat == 0 ? Activation.IDENTITY : hidden;
                            if (checkOne(random, shape, hidden, output, maxMargin, l2)) nonZero++;
                            checked++;
                        }
                    }
                }
            }
        }
        // A network whose gradient is all 0 (an inactive hinge, every ReLU off) agrees with any
        // finite difference trivially; most of the networks must test real gradients.
        assertTrue(nonZero >= checked * 3 / 4, nonZero + " of " + checked + " networks had a non-zero gradient");
    }

    /** Checks one kink-free random network; true if its gradient had a non-zero entry. */
    private boolean checkOne(Random random, int[] shape, Activation hidden, Activation output, boolean maxMargin, double l2) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Network net = new Network(shape, hidden, output, 0.1);
            for (int k = 1; k < net.layerCount(); k++) {
                fill(random, net.weights(k), 0.8);
                fill(random, net.biases(k), 0.3);
            }
            Loss loss = maxMargin ? new MaxMarginLoss(1.0) : new SquaredErrorLoss();
            int partnerLength = maxMargin ? shape[0] : shape[shape.length - 1];
            Sample sample = new Sample(fill(random, new double[shape[0]], 1), fill(random, new double[partnerLength], 1));
            Pass[] passes = {net.newPass(), net.newPass()};
            double j = loss.forward(net, passes, sample);
            if (nearKink(net, passes, loss, j)) continue;
            net.clearGradients();
            loss.accumulate(net, passes, sample);
            net.finishGradients(1, l2);
            boolean nonZero = false;
            for (int k = 1; k < net.layerCount(); k++) {
                compare(net, loss, passes, sample, l2, net.weights(k), net.weightGradients(k), "W" + k);
                compare(net, loss, passes, sample, l2, net.biases(k), net.biasGradients(k), "b" + k);
                for (double g : net.weightGradients(k)) nonZero |= g != 0;
            }
            return nonZero;
        }
        return fail("no kink-free network found for " + hidden + " " + Arrays.toString(shape));
    }

    private void compare(Network net, Loss loss, Pass[] passes, Sample sample, double l2,
                         double[] theta, double[] analytic, String name) {
        double[] gradient = analytic.clone(); // the forward passes below overwrite nothing in it, but be explicit
        for (int i = 0; i < theta.length; i++) {
            double saved = theta[i];
            theta[i] = saved + H;
            double plus = loss.forward(net, passes, sample) + net.l2Penalty(l2);
            theta[i] = saved - H;
            double minus = loss.forward(net, passes, sample) + net.l2Penalty(l2);
            theta[i] = saved;
            double numeric = (plus - minus) / (2 * H);
            double error = Math.abs(numeric - gradient[i]) / Math.max(1e-3, Math.max(Math.abs(numeric), Math.abs(gradient[i])));
            if (error > MAX_RELATIVE_ERROR) {
                fail(name + "[" + i + "] " + net.activation(2) + ": analytic " + gradient[i] + ", numeric " + numeric);
            }
        }
    }

    private static boolean nearKink(Network net, Pass[] passes, Loss loss, double j) {
        if (loss instanceof MaxMarginLoss m
                && Math.abs(m.hingeArgument(passes)) < KINK_CLEARANCE) return true;
        for (int p = 0; p < loss.passCount(); p++) {
            for (int k = 2; k <= net.layerCount(); k++) {
                for (double z : passes[p].preActivations(k)) {
                    Activation f = net.activation(k);
                    boolean kinked = f == Activation.RELU || f == Activation.LEAKY_RELU;
                    if (kinked && Math.abs(z) < KINK_CLEARANCE) return true;
                    if (f == Activation.HARDTANH && Math.abs(Math.abs(z) - 1) < KINK_CLEARANCE) return true;
                }
            }
        }
        return false;
    }

    static double[] fill(Random random, double[] values, double scale) {
        for (int i = 0; i < values.length; i++) values[i] = (2 * random.nextDouble() - 1) * scale;
        return values;
    }
}

package backproplab.setup;

import backproplab.engine.Network;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Sample;
import backproplab.engine.Schedule;

/**
 * Matt Mazur's published 2-2-2 example ("A Step by Step Backpropagation Example"): inputs
 * 0.05/0.10, targets 0.01/0.99, sigmoid everywhere, squared error, SGD with α = 0.5 and the
 * biases left unchanged.
 */
public final class MazurExample {
    public static final OptimizerSettings OPTIMIZER = new OptimizerSettings(OptimizerSettings.Type.SGD, 0.5,
            OptimizerSettings.DEFAULT_MOMENTUM, OptimizerSettings.DEFAULT_DECAY, OptimizerSettings.DEFAULT_BETA1,
            OptimizerSettings.DEFAULT_BETA2, OptimizerSettings.DEFAULT_EPSILON, true, false, false, new Schedule.Constant());

    public static final Sample SAMPLE = new Sample(new double[] {0.05, 0.10}, new double[] {0.01, 0.99});

    private MazurExample() {}

    /** w1–w4 = 0.15, 0.20, 0.25, 0.30 with b1 = 0.35; w5–w8 = 0.40, 0.45, 0.50, 0.55 with b2 = 0.60. */
    public static void setWeights(Network network) {
        System.arraycopy(new double[] {0.15, 0.20, 0.25, 0.30}, 0, network.weights(1), 0, 4);
        System.arraycopy(new double[] {0.35, 0.35}, 0, network.biases(1), 0, 2);
        System.arraycopy(new double[] {0.40, 0.45, 0.50, 0.55}, 0, network.weights(2), 0, 4);
        System.arraycopy(new double[] {0.60, 0.60}, 0, network.biases(2), 0, 2);
    }
}

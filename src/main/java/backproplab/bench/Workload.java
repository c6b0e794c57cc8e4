package backproplab.bench;

import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.Learner;
import backproplab.engine.Loss;
import backproplab.engine.MaxMarginLoss;
import backproplab.engine.Network;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Sample;
import backproplab.engine.SquaredErrorLoss;
import java.util.Random;

/**
 * The benchmark workloads of the engine issue, run through the general training path the app
 * uses ({@link Learner#step}): sigmoid hidden layer, identity output, SGD with α = 0.1, batch 1,
 * 1000 fixed random samples.
 */
public enum Workload {
    /** 4-2-1, squared error; inputs U[−1, 1], targets U[0, 1]. */
    W1("updates/s", new int[] {4, 2, 1}, false),
    /** 20-8-1, squared error. */
    W2("updates/s", new int[] {20, 8, 1}, false),
    /** 20-8-1 max-margin pairs; the corrupt window is the true one with its centre 4 inputs replaced. */
    W3("pairs/s", new int[] {20, 8, 1}, true);

    public static final int SAMPLES = 1000;
    private static final long SEED = 2026;

    private final String unit;
    private final int[] layers;
    private final boolean maxMargin;

    Workload(String unit, int[] layers, boolean maxMargin) {
        this.unit = unit;
        this.layers = layers;
        this.maxMargin = maxMargin;
    }

    /** What one step counts as: an update (W1, W2) or a true/corrupt pair (W3). */
    public String unit() {
        return unit;
    }

    /** A fresh, seeded learner and data set for this workload. */
    public Setup setUp() {
        Random random = new Random(SEED);
        Network network = new Network(layers, Activation.SIGMOID, Activation.IDENTITY, Activation.DEFAULT_LEAKY_SLOPE);
        Initialization.XAVIER_UNIFORM.initialize(network, random, 0);
        Loss loss = maxMargin ? new MaxMarginLoss(1.0) : new SquaredErrorLoss();
        Learner learner = new Learner(network, loss, 0, OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1));
        Sample[] samples = new Sample[SAMPLES];
        int inputs = layers[0];
        for (int s = 0; s < SAMPLES; s++) {
            double[] x = uniform(random, inputs, -1, 1);
            double[] partner;
            if (maxMargin) {
                partner = x.clone();
                int centre = inputs / 2 - 2; // the centre word's 4 inputs of a 5-word window
                for (int i = centre; i < centre + 4; i++) partner[i] = 2 * random.nextDouble() - 1;
            } else {
                partner = uniform(random, layers[layers.length - 1], 0, 1);
            }
            samples[s] = new Sample(x, partner);
        }
        int[] order = new int[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) order[i] = i;
        return new Setup(learner, samples, order);
    }

    private static double[] uniform(Random random, int n, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = lo + (hi - lo) * random.nextDouble();
        return v;
    }

    /** A learner ready to step through its samples in order, one example per update. */
    public record Setup(Learner learner, Sample[] samples, int[] order) {
        /** Runs {@code steps} updates starting at sample {@code from}; returns the last loss (keeps the work observable). */
        public double run(int from, int steps) {
            double loss = 0;
            for (int s = 0; s < steps; s++) {
                loss = learner.step(samples, order, (from + s) % SAMPLES, 1);
            }
            return loss;
        }
    }
}

package backproplab.engine;

import java.util.Arrays;
import java.util.Random;

/**
 * Initial weights; biases always start at 0. The generator is passed in (seeded by the session's
 * seed): {@link Random}'s algorithm is fixed by its specification, so a seed gives the same
 * numbers on every machine.
 */
public enum Initialization implements Named {
    /** W^(k)_ij ~ U[−r, r], r = √(6 / (n_k + n_{k+1})). */
    XAVIER_UNIFORM("xavier-uniform"),
    /** W^(k)_ij ~ N(0, σ²). */
    SMALL_NORMAL("small-normal");

    /** σ of {@link #SMALL_NORMAL} when none is given. */
    public static final double DEFAULT_STDDEV = 0.01;

    private final String id;

    Initialization(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The name in panels, e.g. {@code Xavier uniform}. */
    public String displayName() {
        return this == XAVIER_UNIFORM ? "Xavier uniform" : "small normal";
    }

    /** The scheme named {@code id} as in configuration files. */
    public static Initialization fromId(String id) {
        return Named.fromId(Initialization.class, "init scheme", id);
    }

    /** r = √(6 / (n_k + n_{k+1})), the Xavier bound for W^(k). */
    public static double xavierBound(Network network, int k) {
        return Math.sqrt(6.0 / (network.layerSize(k) + network.layerSize(k + 1)));
    }

    /** Overwrites every weight and bias of {@code network}, drawing from {@code random} layer by layer, row by row. */
    public void initialize(Network network, Random random, double stddev) {
        for (int k = 1; k < network.layerCount(); k++) {
            double[] w = network.weights(k);
            double r = xavierBound(network, k);
            for (int idx = 0; idx < w.length; idx++) {
                w[idx] = this == XAVIER_UNIFORM ? (2 * random.nextDouble() - 1) * r : stddev * random.nextGaussian();
            }
            Arrays.fill(network.biases(k), 0);
        }
    }
}

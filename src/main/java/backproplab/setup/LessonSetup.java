package backproplab.setup;

import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.Loss;
import backproplab.engine.MaxMarginLoss;
import backproplab.engine.SquaredErrorLoss;
import backproplab.engine.Network;
import backproplab.engine.Preprocessor;
import backproplab.engine.OptimizerSettings;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * What a stepping lesson (and each loss curve) is made of: the network shape and activations, the
 * loss, one optimizer and the start. Derived from a {@link Setup}; two setups that step
 * identically have equal lesson setups.
 *
 * @param seed    seeds the initial weights and the example order, so a seed gives the same numbers everywhere
 * @param init    how the initial weights are drawn (Mazur's example has fixed weights)
 * @param initial explicit initial parameters, or null to draw them with init and seed
 * @param inputs  the preprocessing of the examples the stepping view walks through (fitted on the
 *                training split), NONE for the raw inputs
 */
public record LessonSetup(Preset preset, int[] layers, Activation hidden, Activation output, double leakySlope,
                          Loss.Kind loss, double margin, double l2, OptimizerSettings optimizer, long seed,
                          Initialization init, double initStddev, InitialParameters initial, Preprocessor.Kind inputs) {

    public LessonSetup {
        layers = layers.clone();
        if (inputs == null) inputs = Preprocessor.Kind.NONE;
    }

    /** The notes' example: 4-2-1, sigmoid, max-margin Δ = 1, SGD α = 0.1, seed 7. */
    public static LessonSetup classroom() {
        return Setup.classroom().lesson();
    }

    /** Preset {@code p} on the classroom defaults. */
    public static LessonSetup of(Preset p) {
        return Setup.classroom().withPreset(p).lesson();
    }

    /**
     * Parses layer sizes typed as {@code 4-3-3-1}.
     *
     * @throws IllegalArgumentException with a message for the person typing
     */
    public static int[] parseLayers(String text) {
        if (text.length() > 100) throw new IllegalArgumentException("that is not a list of layer sizes; type sizes like 4-3-3-1");
        String[] parts = text.strip().split("\\s*[-,\\s]\\s*", -1);
        int[] sizes = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].isEmpty()) {
                throw new IllegalArgumentException("a layer size is missing; type sizes like 4-3-3-1");
            }
            try {
                sizes[k] = Integer.parseInt(parts[k]);
            } catch (NumberFormatException e) {
                String part = parts[k].length() > 20 ? parts[k].substring(0, 20) + "…" : parts[k];
                throw new IllegalArgumentException("'" + part + "' is not a number of units; type sizes like 4-3-3-1");
            }
        }
        Network.validate(sizes);
        checkDrawable(sizes);
        return sizes;
    }

    /** Throws a message for the person typing if the stepping view cannot draw this shape. */
    static void checkDrawable(int[] sizes) {
        long weights = 0;
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] > Limits.UNITS) {
                throw new IllegalArgumentException("layer " + (k + 1) + " has " + sizes[k] + " units; the stepping view draws up to "
                        + Limits.UNITS + " per layer");
            }
            if (k > 0) weights += (long) sizes[k - 1] * sizes[k];
        }
        if (weights > Limits.WEIGHTS) {
            throw new IllegalArgumentException(weights + " weights; the stepping view draws up to " + Limits.WEIGHTS);
        }
    }

    /** The word-window size this shape reads (1, 3 or 5 words of 4 numbers), or 0 if it is not a window scorer. */
    public int windowSize() {
        return windowSize(preset, layers);
    }

    private static int windowSize(Preset preset, int[] layers) {
        if (preset == Preset.MAZUR || layers[layers.length - 1] != 1 || layers[0] % WordWindows.DIMENSION != 0) return 0;
        int words = layers[0] / WordWindows.DIMENSION;
        return WordWindows.SIZES.contains(words) ? words : 0;
    }

    /** True when a network of this shape scores word windows (and so may use the max-margin loss). */
    static boolean scoresWindows(Preset preset, int[] layers) {
        return windowSize(preset, layers) > 0;
    }

    /** True when the lesson scores word windows with the max-margin loss; otherwise squared error. */
    public boolean maxMargin() {
        return wordWindows() && loss == Loss.Kind.MAX_MARGIN;
    }

    /** True when the examples are word windows (with either loss). */
    public boolean wordWindows() {
        return windowSize() > 0;
    }

    /** The network with its initial weights: the explicit ones, Mazur's, or drawn with init from the seed. */
    public Network initialNetwork() {
        Network network = new Network(layers, hidden, output, leakySlope);
        if (initial != null) {
            initial.copyInto(network);
        } else if (preset == Preset.MAZUR) {
            MazurExample.setWeights(network);
        } else {
            init.initialize(network, new Random(seed), initStddev);
        }
        return network;
    }

    /** The loss: max-margin with its Δ for word windows, else squared error. */
    public Loss newLoss() {
        return maxMargin() ? new MaxMarginLoss(margin) : new SquaredErrorLoss();
    }

    /** The same lesson with another hidden activation and optimizer (one loss curve of a race). */
    public LessonSetup withHiddenAndOptimizer(Activation newHidden, OptimizerSettings newOptimizer) {
        return new LessonSetup(preset, layers, newHidden, output, leakySlope, loss, margin, l2, newOptimizer, seed, init,
                initStddev, initial, inputs);
    }

    @Override
    public int[] layers() {
        return layers.clone();
    }

    /** "4-2-1". */
    public String shape() {
        return shape(layers);
    }

    /** "4-2-1" for any layer sizes. */
    public static String shapeOf(int[] layers) {
        return shape(layers);
    }

    static String shape(int[] layers) {
        return String.join("-", Arrays.stream(layers).mapToObj(String::valueOf).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LessonSetup s && preset == s.preset && Arrays.equals(layers, s.layers) && hidden == s.hidden
                && output == s.output && leakySlope == s.leakySlope && loss == s.loss && margin == s.margin && l2 == s.l2
                && optimizer.equals(s.optimizer) && seed == s.seed && init == s.init && initStddev == s.initStddev
                && Objects.equals(initial, s.initial) && inputs == s.inputs;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(layers) * 31 + Objects.hash(preset, hidden, output, leakySlope, loss, margin, l2, optimizer, seed,
                init, initStddev, initial, inputs);
    }
}

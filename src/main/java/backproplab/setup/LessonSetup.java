package backproplab.walkthrough;

import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.Network;
import backproplab.engine.OptimizerSettings;
import java.util.Arrays;

/**
 * What a lesson is made of: the network shape and activations, the loss, the optimizer and the
 * seed. Immutable; the side panels derive new setups with the {@code with…} methods.
 *
 * @param layers  n_1 … n_L
 * @param margin  Δ of the max-margin loss (ignored for squared error)
 * @param seed    seeds the initial weights and the example order, so a seed gives the same numbers everywhere
 * @param init    how the initial weights are drawn (Mazur's example has fixed weights)
 * @param squaredError score word windows with squared error (true window → 1, corrupt → 0)
 *                instead of the max-margin loss
 */
public record LessonSetup(Preset preset, int[] layers, Activation hidden, Activation output, double leakySlope,
                          double margin, double l2, OptimizerSettings optimizer, long seed,
                          Initialization init, double initStddev, boolean squaredError) {

    /** The networks a teacher picks from. */
    public enum Preset {
        CLASSROOM("4-2-1 · one word"),
        WINDOW("20-8-1 · 5 words"),
        MAZUR("2-2-2 · Mazur"),
        CUSTOM("Custom sizes");

        private final String title;

        Preset(String title) {
            this.title = title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    /** The seed every classroom starts with. */
    public static final long DEFAULT_SEED = 7;

    public LessonSetup {
        layers = layers.clone();
        Network.validate(layers);
        if (!(initStddev > 0)) throw new IllegalArgumentException("the initial deviation must be positive, got " + initStddev);
        if (!(l2 >= 0) || !(margin >= 0)) throw new IllegalArgumentException("L2 and the margin must not be negative");
    }

    /** The notes' example: 4-2-1, sigmoid, max-margin Δ = 1, SGD α = 0.1, seed 7. */
    public static LessonSetup classroom() {
        return new LessonSetup(Preset.CLASSROOM, new int[] {4, 2, 1}, Activation.SIGMOID, Activation.IDENTITY,
                Activation.DEFAULT_LEAKY_SLOPE, 1.0, 0, OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1), DEFAULT_SEED,
                Initialization.XAVIER_UNIFORM, Initialization.DEFAULT_STDDEV, false);
    }

    /** A preset with its own shape, activations, loss and optimizer. */
    public static LessonSetup of(Preset preset) {
        LessonSetup base = classroom();
        return switch (preset) {
            case CLASSROOM -> base;
            case WINDOW -> base.withPreset(Preset.WINDOW, new int[] {20, 8, 1});
            case MAZUR -> new LessonSetup(Preset.MAZUR, new int[] {2, 2, 2}, Activation.SIGMOID, Activation.SIGMOID,
                    Activation.DEFAULT_LEAKY_SLOPE, 1.0, 0, MazurExample.OPTIMIZER, DEFAULT_SEED,
                    Initialization.XAVIER_UNIFORM, Initialization.DEFAULT_STDDEV, true);
            case CUSTOM -> base.withPreset(Preset.CUSTOM, new int[] {4, 3, 3, 1});
        };
    }

    /**
     * Parses layer sizes typed as {@code 4-3-3-1}.
     *
     * @throws IllegalArgumentException with a message for the person typing
     */
    public static int[] parseLayers(String text) {
        String[] parts = text.strip().split("\\s*[-,\\s]\\s*", -1);
        int[] sizes = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].isEmpty()) {
                throw new IllegalArgumentException("a layer size is missing; type sizes like 4-3-3-1");
            }
            try {
                sizes[k] = Integer.parseInt(parts[k]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[k] + "' is not a number of units; type sizes like 4-3-3-1");
            }
        }
        Network.validate(sizes);
        checkDrawable(sizes);
        return sizes;
    }

    /** The largest layer the stepping view draws unit by unit, and the most weights it draws as edges. */
    public static final int MAX_DRAWN_UNITS = 64, MAX_DRAWN_WEIGHTS = 20_000;

    /** Throws a message for the person typing if the stepping view cannot draw this shape. */
    static void checkDrawable(int[] sizes) {
        long weights = 0;
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] > MAX_DRAWN_UNITS) {
                throw new IllegalArgumentException("layer " + (k + 1) + " has " + sizes[k] + " units; the stepping view draws up to "
                        + MAX_DRAWN_UNITS + " per layer");
            }
            if (k > 0) weights += (long) sizes[k - 1] * sizes[k];
        }
        if (weights > MAX_DRAWN_WEIGHTS) {
            throw new IllegalArgumentException(weights + " weights; the stepping view draws up to " + MAX_DRAWN_WEIGHTS);
        }
    }

    /** The word-window size this shape reads (1, 3 or 5 words of 4 numbers), or 0 if it is not a window scorer. */
    public int windowSize() {
        if (preset == Preset.MAZUR || layers[layers.length - 1] != 1 || layers[0] % 4 != 0) return 0;
        int words = layers[0] / 4;
        return WordWindows.SIZES.contains(words) ? words : 0;
    }

    /** True when the lesson scores word windows with the max-margin loss; otherwise squared error. */
    public boolean maxMargin() {
        return windowSize() > 0 && !squaredError;
    }

    /** True when the examples are word windows (with either loss). */
    public boolean wordWindows() {
        return windowSize() > 0;
    }

    public LessonSetup withPreset(Preset newPreset, int[] newLayers) {
        return new LessonSetup(newPreset, newLayers, hidden, output, leakySlope, margin, l2, optimizer, seed, init, initStddev, squaredError);
    }

    public LessonSetup withHidden(Activation newHidden, double newSlope) {
        return new LessonSetup(preset, layers, newHidden, output, newSlope, margin, l2, optimizer, seed, init, initStddev, squaredError);
    }

    public LessonSetup withOptimizer(OptimizerSettings newOptimizer) {
        return new LessonSetup(preset, layers, hidden, output, leakySlope, margin, l2, newOptimizer, seed, init, initStddev, squaredError);
    }

    public LessonSetup withMargin(double newMargin) {
        return new LessonSetup(preset, layers, hidden, output, leakySlope, newMargin, l2, optimizer, seed, init, initStddev, squaredError);
    }

    public LessonSetup withSeed(long newSeed) {
        return new LessonSetup(preset, layers, hidden, output, leakySlope, margin, l2, optimizer, newSeed, init, initStddev, squaredError);
    }

    public LessonSetup withInit(Initialization newInit, double newStddev) {
        return new LessonSetup(preset, layers, hidden, output, leakySlope, margin, l2, optimizer, seed, newInit, newStddev, squaredError);
    }

    /** The loss for word windows: squared error (true → 1, corrupt → 0) or max-margin; λ of the L2 term. */
    public LessonSetup withLoss(boolean newSquaredError, double newL2) {
        return new LessonSetup(preset, layers, hidden, output, leakySlope, margin, newL2, optimizer, seed, init, initStddev, newSquaredError);
    }

    @Override
    public int[] layers() {
        return layers.clone();
    }

    /** "4-2-1". */
    public String shape() {
        return String.join("-", Arrays.stream(layers).mapToObj(String::valueOf).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LessonSetup s && preset == s.preset && Arrays.equals(layers, s.layers) && hidden == s.hidden
                && output == s.output && leakySlope == s.leakySlope && margin == s.margin && l2 == s.l2
                && optimizer.equals(s.optimizer) && seed == s.seed && init == s.init && initStddev == s.initStddev
                && squaredError == s.squaredError;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(layers) * 31 + java.util.Objects.hash(preset, hidden, output, leakySlope, margin, l2, optimizer, seed, init, initStddev, squaredError);
    }
}

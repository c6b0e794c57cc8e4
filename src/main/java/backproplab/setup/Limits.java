package backproplab.setup;

import java.util.function.DoublePredicate;

/**
 * Every limit on a number a person sets, in one place: the side panels check a field with its
 * rule as it is typed, {@link Setup} refuses a value outside it, and a scenario file is read
 * against it, so the three can never disagree.
 */
public final class Limits {
    /** The most epochs and the largest mini-batch the loss curves train with. */
    public static final int MAX_EPOCHS = 100_000, MAX_BATCH = 10_000;
    /** The largest seed a field accepts (a double holds every whole number up to here exactly). */
    public static final double MAX_SEED = 1e15;

    public static final Rule LEARNING_RATE = new Rule("The learning rate", "must not be negative", v -> v >= 0);
    public static final Rule MOMENTUM = new Rule("μ", "must be in [0, 1)", Limits::unitInterval);
    public static final Rule DECAY = new Rule("ρ", "must be in [0, 1)", Limits::unitInterval);
    public static final Rule BETA1 = new Rule("β₁", "must be in [0, 1)", Limits::unitInterval);
    public static final Rule BETA2 = new Rule("β₂", "must be in [0, 1)", Limits::unitInterval);
    public static final Rule EPSILON = new Rule("ε", "must be positive", v -> v > 0);
    public static final Rule LEAKY_SLOPE = new Rule("k", "must be in [0, 1)", Limits::unitInterval);
    public static final Rule INIT_STDDEV = new Rule("σ", "must be positive", v -> v > 0);
    public static final Rule MARGIN = new Rule("The margin", "must not be negative", v -> v >= 0);
    public static final Rule L2 = new Rule("λ", "must not be negative", v -> v >= 0);
    public static final Rule SEED = new Rule("The seed", "must be a whole number from 0 to 10^15",
            v -> v >= 0 && v <= MAX_SEED && whole(v));
    public static final Rule BATCH = new Rule("The batch size", "must be a whole number from 1 to " + MAX_BATCH,
            v -> v >= 1 && v <= MAX_BATCH && whole(v));
    public static final Rule EPOCHS = new Rule("Epochs", "must be a whole number from 1 to " + MAX_EPOCHS,
            v -> v >= 1 && v <= MAX_EPOCHS && whole(v));
    public static final Rule SCHEDULE_FACTOR = new Rule("The factor", "must be in (0, 1]", v -> v > 0 && v <= 1);
    public static final Rule SCHEDULE_EVERY = new Rule("every", "must be a whole number ≥ 1",
            v -> v >= 1 && v <= Integer.MAX_VALUE && whole(v));
    public static final Rule SCHEDULE_K = new Rule("k", "must not be negative", v -> v >= 0);
    /** A chart image: large enough to draw the plot beside its legend, small enough to fit in memory (≤ 36 M pixels). */
    public static final Rule PNG_WIDTH = new Rule("The width", "must be a whole number from 400 to 6000",
            v -> v >= 400 && v <= 6000 && whole(v));
    public static final Rule PNG_HEIGHT = new Rule("The height", "must be a whole number from 300 to 6000",
            v -> v >= 300 && v <= 6000 && whole(v));
    public static final Rule SCHEDULE_TAU = new Rule("τ", "must be positive", v -> v > 0);

    /**
     * A rule for one number.
     *
     * @param noun        how a sentence names the number, e.g. "The learning rate"
     * @param requirement what it must be, e.g. "must not be negative"
     */
    public record Rule(String noun, String requirement, DoublePredicate accepts) {
        /** Null when {@code v} is acceptable, else the sentence to show under the field. */
        public String problem(double v) {
            return Double.isFinite(v) && accepts.test(v) ? null : noun + " " + requirement + ".";
        }

        /**
         * Returns {@code v} if acceptable.
         *
         * @throws IllegalArgumentException "{@code field} must …, got v", naming the field as a scenario file spells it
         */
        public double check(String field, double v) {
            if (!Double.isFinite(v) || !accepts.test(v)) {
                throw new IllegalArgumentException(field + " " + requirement + ", got " + v);
            }
            return v;
        }
    }

    private Limits() {}

    private static boolean whole(double v) {
        return v == Math.rint(v);
    }

    private static boolean unitInterval(double v) {
        return v >= 0 && v < 1;
    }
}

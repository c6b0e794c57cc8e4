package backproplab.engine;


/**
 * An activation function f together with its derivative f', as in the engine spec.
 *
 * <p>{@code slope} is the leaky-ReLU slope k; every other activation ignores it. The derivative
 * receives both z and a = f(z) so that sigmoid and tanh reuse the forward value instead of
 * evaluating an exponential again.
 *
 * <p>Exponentials and tanh anywhere in the engine are {@link StrictMath}'s (fdlibm), whole powers
 * {@link Powers}' (IEEE products): the same bits on every JVM and processor, so one seed draws the
 * same curve on a student's laptop as on the projector. {@code Math}'s may use an intrinsic that
 * differs by an ulp, and some curves amplify that (StrictMathTest checks that no engine class calls them).
 */
public enum Activation implements Named {
    /** f(z) = z, f'(z) = 1. */
    IDENTITY("identity") {
        @Override public double value(double z, double slope) { return z; }
        @Override public double derivative(double z, double a, double slope) { return 1.0; }
    },
    /**
     * f(z) = 1 / (1 + e^(−z)); f'(z) = σ(z)(1 − σ(z)). Stable as written: for z ≪ 0, e^(−z)
     * overflows to +∞ and 1 / (1 + ∞) is exactly 0 (never NaN); for z ≫ 0 it is exactly 1.
     */
    SIGMOID("sigmoid") {
        @Override public double value(double z, double slope) {
            return 1.0 / (1.0 + StrictMath.exp(-z));
        }
        @Override public double derivative(double z, double a, double slope) { return a * (1.0 - a); }
    },
    /** f(z) = tanh z, f'(z) = 1 − tanh² z. */
    TANH("tanh") {
        @Override public double value(double z, double slope) { return StrictMath.tanh(z); }
        @Override public double derivative(double z, double a, double slope) { return 1.0 - a * a; }
    },
    /** f(z) = −1 for z &lt; −1, z on [−1, 1], 1 for z &gt; 1; f'(z) = 1 on [−1, 1], else 0. */
    HARDTANH("hardtanh") {
        @Override public double value(double z, double slope) { return z < -1 ? -1 : (z > 1 ? 1 : z); }
        @Override public double derivative(double z, double a, double slope) { return z >= -1 && z <= 1 ? 1 : 0; }
    },
    /** f(z) = z / (1 + |z|), f'(z) = 1 / (1 + |z|)². */
    SOFTSIGN("softsign") {
        @Override public double value(double z, double slope) { return z / (1 + Math.abs(z)); }
        @Override public double derivative(double z, double a, double slope) {
            double d = 1 + Math.abs(z);
            return 1 / (d * d);
        }
    },
    /** f(z) = max(z, 0), f'(z) = 1 if z &gt; 0, else 0. */
    RELU("relu") {
        @Override public double value(double z, double slope) { return z > 0 ? z : 0; }
        @Override public double derivative(double z, double a, double slope) { return z > 0 ? 1 : 0; }
    },
    /** f(z) = z if z &gt; 0, else k·z; f'(z) = 1 if z &gt; 0, else k. */
    LEAKY_RELU("leaky-relu") {
        @Override public double value(double z, double slope) { return z > 0 ? z : slope * z; }
        @Override public double derivative(double z, double a, double slope) { return z > 0 ? 1 : slope; }
    };

    /** The leaky-ReLU slope k used when none is given. */
    public static final double DEFAULT_LEAKY_SLOPE = 0.01;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** f(z). */
    public abstract double value(double z, double slope);

    /** f'(z), given z and a = f(z). */
    public abstract double derivative(double z, double a, double slope);

    /**
     * f and f' at {@code z.length} evenly spaced points of [from, to], for plots. Writes {@code z},
     * {@code f} and {@code df} (all of the same length ≥ 2).
     */
    public void tabulate(double from, double to, double slope, double[] z, double[] f, double[] df) {
        for (int i = 0; i < z.length; i++) {
            z[i] = from + (to - from) * i / (z.length - 1);
            f[i] = value(z[i], slope);
            df[i] = derivative(z[i], f[i], slope);
        }
    }

    /** The name used in configuration files and on the command line, e.g. {@code leaky-relu}. */
    public String id() {
        return id;
    }

    /** The name as the notes write it, for panels and legends, e.g. {@code leaky ReLU}. */
    public String displayName() {
        return switch (this) {
            case IDENTITY -> "identity";
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case HARDTANH -> "hard tanh";
            case SOFTSIGN -> "soft sign";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
        };
    }

    /** The activation named {@code id} (as in configuration files), or an exception listing the names. */
    public static Activation fromId(String id) {
        return Named.fromId(Activation.class, "activation", id);
    }

}

package backproplab.engine;

/** A learning-rate schedule: α_t from α₀ and the step index t (0-based). */
public sealed interface Schedule {
    /** α_t. */
    double rate(double alpha0, int t);

    /** α_t = α₀. */
    record Constant() implements Schedule {
        @Override public double rate(double alpha0, int t) { return alpha0; }
    }

    /** α_t = α₀ · factor^⌊t / every⌋. */
    record Step(double factor, int every) implements Schedule {
        public Step {
            if (every < 1) throw new IllegalArgumentException("every must be at least 1, got " + every);
        }
        @Override public double rate(double alpha0, int t) { return alpha0 * Math.pow(factor, t / every); }
    }

    /** α_t = α₀ · e^(−k t). */
    record Exponential(double k) implements Schedule {
        @Override public double rate(double alpha0, int t) { return alpha0 * Math.exp(-k * t); }
    }

    /** α_t = α₀ · τ / max(t, τ): constant for τ steps, then falling as 1/t. */
    record Inverse(double tau) implements Schedule {
        public Inverse {
            if (!(tau > 0)) throw new IllegalArgumentException("tau must be positive, got " + tau);
        }
        @Override public double rate(double alpha0, int t) { return alpha0 * tau / Math.max(t, tau); }
    }
}

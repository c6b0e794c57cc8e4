package backproplab.engine;

/** A learning-rate schedule: α_t from α₀ and the step index t (0-based). */
public sealed interface Schedule {
    /** α_t. */
    double rate(double alpha0, int t);

    /** Which schedule this is. */
    Kind kind();

    /** The schedules, as configuration files name them and panels show them. */
    enum Kind implements Named {
        CONSTANT("constant", "constant"), STEP("step", "step"), EXPONENTIAL("exponential", "exponential"),
        INVERSE("inverse", "1/t");

        private final String id, displayName;

        Kind(String id, String displayName) {
            this.id = id;
            this.displayName = displayName;
        }

        /** The name in configuration files, e.g. {@code inverse}. */
        public String id() { return id; }

        /** The name in panels, e.g. {@code 1/t}. */
        public String displayName() { return displayName; }

        public static Kind fromId(String id) {
            return Named.fromId(Kind.class, "schedule", id);
        }
    }

    /** α_t = α₀. */
    record Constant() implements Schedule {
        @Override public double rate(double alpha0, int t) { return alpha0; }
        @Override public Kind kind() { return Kind.CONSTANT; }
    }

    /** α_t = α₀ · factor^⌊t / every⌋. */
    record Step(double factor, int every) implements Schedule {
        public Step {
            if (every < 1) throw new IllegalArgumentException("every must be at least 1, got " + every);
        }
        @Override public double rate(double alpha0, int t) { return alpha0 * Powers.whole(factor, t / every); }
        @Override public Kind kind() { return Kind.STEP; }
    }

    /** α_t = α₀ · e^(−k t). */
    record Exponential(double k) implements Schedule {
        @Override public double rate(double alpha0, int t) { return alpha0 * StrictMath.exp(-k * t); }
        @Override public Kind kind() { return Kind.EXPONENTIAL; }
    }

    /** α_t = α₀ · τ / max(t, τ): constant for τ steps, then falling as 1/t. */
    record Inverse(double tau) implements Schedule {
        public Inverse {
            if (!(tau > 0)) throw new IllegalArgumentException("tau must be positive, got " + tau);
        }
        @Override public double rate(double alpha0, int t) { return alpha0 * tau / Math.max(t, tau); }
        @Override public Kind kind() { return Kind.INVERSE; }
    }
}

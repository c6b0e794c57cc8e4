package backproplab.engine;


/**
 * An optimizer and its hyperparameters, with the spec's defaults. Immutable; the side panels and
 * configuration files build one, and {@link #create} gives a fresh optimizer (zero state) for a network.
 *
 * @param learningRate α₀ before the schedule and fan-in scaling
 * @param momentum     μ (momentum)
 * @param decay        ρ (RMSProp)
 * @param fanInScaling divide α_t by √n_k for W^(k) and b^(k) (Collobert)
 * @param updateBiases false leaves every bias unchanged (gradients are still computed)
 */
public record OptimizerSettings(Type type, double learningRate, double momentum, double decay,
                                double beta1, double beta2, double epsilon, boolean biasCorrection,
                                boolean fanInScaling, boolean updateBiases, Schedule schedule) {

    /** The update rules of the spec. */
    public enum Type implements Named {
        SGD("sgd", "SGD"), MOMENTUM("momentum", "Momentum"), ADAGRAD("adagrad", "AdaGrad"),
        RMSPROP("rmsprop", "RMSProp"), ADAM("adam", "Adam");

        private final String id;
        private final String displayName;

        Type(String id, String displayName) {
            this.id = id;
            this.displayName = displayName;
        }

        public String id() { return id; }

        /** The name as a legend or a menu shows it, e.g. {@code RMSProp}. */
        public String displayName() { return displayName; }

        /** The type named {@code id} as in configuration files. */
        public static Type fromId(String id) {
            return Named.fromId(Type.class, "optimizer", id);
        }
    }

    public static final double DEFAULT_MOMENTUM = 0.9, DEFAULT_DECAY = 0.9,
            DEFAULT_BETA1 = 0.9, DEFAULT_BETA2 = 0.999, DEFAULT_EPSILON = 1e-8;

    /** Checks every hyperparameter; the message names the field as a configuration file spells it. */
    public OptimizerSettings {
        requireNonNegativeFinite("learningRate", learningRate);
        requireUnitInterval("momentum", momentum);
        requireUnitInterval("decay", decay);
        requireUnitInterval("beta1", beta1);
        requireUnitInterval("beta2", beta2);
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a positive number, got " + epsilon);
        }
        if (type == null || schedule == null) throw new IllegalArgumentException("type and schedule are required");
    }

    /** The given type and learning rate with every other setting at its default. */
    public static OptimizerSettings of(Type type, double learningRate) {
        return new OptimizerSettings(type, learningRate, DEFAULT_MOMENTUM, DEFAULT_DECAY, DEFAULT_BETA1,
                DEFAULT_BETA2, DEFAULT_EPSILON, true, false, true, new Schedule.Constant());
    }

    public OptimizerSettings withLearningRate(double newRate) {
        return new OptimizerSettings(type, newRate, momentum, decay, beta1, beta2, epsilon,
                biasCorrection, fanInScaling, updateBiases, schedule);
    }

    /** The same settings with another learning-rate schedule (a race of schedules). */
    public OptimizerSettings withSchedule(Schedule newSchedule) {
        return new OptimizerSettings(type, learningRate, momentum, decay, beta1, beta2, epsilon,
                biasCorrection, fanInScaling, updateBiases, newSchedule);
    }

    /** The same settings with fan-in scaling on or off. */
    public OptimizerSettings withFanInScaling(boolean on) {
        return new OptimizerSettings(type, learningRate, momentum, decay, beta1, beta2, epsilon,
                biasCorrection, on, updateBiases, schedule);
    }

    /** α_t before fan-in scaling. */
    public double scheduledRate(int t) {
        return schedule.rate(learningRate, t);
    }

    /** A new optimizer of this type for {@code network}, its state all 0. */
    public Optimizer create(Network network) {
        return switch (type) {
            case SGD -> new Sgd();
            case MOMENTUM -> new Momentum(network, momentum);
            case ADAGRAD -> new AdaGrad(network, epsilon);
            case RMSPROP -> new RmsProp(network, decay, epsilon);
            case ADAM -> new Adam(network, beta1, beta2, epsilon, biasCorrection);
        };
    }

    private static void requireNonNegativeFinite(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + " must be a finite number ≥ 0, got " + value);
        }
    }

    private static void requireUnitInterval(String field, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1), got " + value);
        }
    }
}

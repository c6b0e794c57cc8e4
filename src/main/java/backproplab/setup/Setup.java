package backproplab.setup;

import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.Loss;
import backproplab.engine.Network;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.engine.Preprocessor;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything a teacher sets up, as one immutable value: the network and its start, the loss, the
 * optimizer with a learning rate for each type and the hyperparameters they share, and what the
 * loss curves race. Every value is checked against {@link Limits} when a setup is made, so a
 * {@code Setup} is always valid; edits go through {@link #with}. The stepping lesson reads
 * {@link #lesson()}, the loss curves {@link #lesson()} and {@link #curves()}: both read the same value.
 *
 * @param rates    the learning rate of each optimizer type, indexed by {@link Type#ordinal()}
 * @param initial  explicit initial parameters (from a scenario file), or null to draw them from init and seed
 */
public record Setup(Preset preset, int[] layers, Activation hidden, Activation output, double leakySlope,
                    Loss.Kind loss, double margin, double l2, Initialization init, double initStddev, long seed,
                    InitialParameters initial, Type optimizer, double[] rates, Hyperparameters hyper,
                    ScheduleChoice schedule, CurveSettings curves) {

    /** What every optimizer shares: μ, ρ, β₁, β₂, ε and the switches of the spec. */
    public record Hyperparameters(double momentum, double decay, double beta1, double beta2, double epsilon,
                                  boolean biasCorrection, boolean fanInScaling, boolean updateBiases) {
        public static final Hyperparameters DEFAULT = new Hyperparameters(OptimizerSettings.DEFAULT_MOMENTUM,
                OptimizerSettings.DEFAULT_DECAY, OptimizerSettings.DEFAULT_BETA1, OptimizerSettings.DEFAULT_BETA2,
                OptimizerSettings.DEFAULT_EPSILON, true, false, true);

        public Hyperparameters {
            Limits.MOMENTUM.check("optimizer.momentum", momentum);
            Limits.DECAY.check("optimizer.decay", decay);
            Limits.BETA1.check("optimizer.beta1", beta1);
            Limits.BETA2.check("optimizer.beta2", beta2);
            Limits.EPSILON.check("optimizer.epsilon", epsilon);
        }

        /** These values, to change inside a {@link Setup.Builder} ({@code b.hyper.beta1 = 0.8}). */
        public static final class Builder {
            public double momentum, decay, beta1, beta2, epsilon;
            public boolean biasCorrection, fanInScaling, updateBiases;

            Builder(Hyperparameters h) {
                momentum = h.momentum;
                decay = h.decay;
                beta1 = h.beta1;
                beta2 = h.beta2;
                epsilon = h.epsilon;
                biasCorrection = h.biasCorrection;
                fanInScaling = h.fanInScaling;
                updateBiases = h.updateBiases;
            }

            Hyperparameters build() {
                return new Hyperparameters(momentum, decay, beta1, beta2, epsilon, biasCorrection, fanInScaling, updateBiases);
            }
        }
    }

    /** The seed every classroom starts with. */
    public static final long DEFAULT_SEED = 7;

    public Setup {
        Objects.requireNonNull(preset, "preset");
        layers = layers.clone();
        Network.validate(layers);
        LessonSetup.checkDrawable(layers);
        if (!preset.fits(layers)) {
            throw new IllegalArgumentException("network.layers: " + LessonSetup.shape(layers) + " is not the shape of the preset '"
                    + preset.id() + "' (lesson.preset); use custom");
        }
        Objects.requireNonNull(hidden, "hidden");
        Objects.requireNonNull(output, "output");
        Limits.LEAKY_SLOPE.check("network.leakySlope", leakySlope);
        if (!LessonSetup.scoresWindows(preset, layers)) loss = Loss.Kind.SQUARED_ERROR; // the only loss other shapes can use
        Objects.requireNonNull(loss, "loss");
        Limits.MARGIN.check("loss.margin", margin);
        Limits.L2.check("loss.l2", l2);
        Objects.requireNonNull(init, "init");
        Limits.INIT_STDDEV.check("lesson.initStddev", initStddev);
        Limits.SEED.check("lesson.seed", seed);
        if (initial != null && !initial.fits(layers)) {
            throw new IllegalArgumentException("network.weights: the initial weights do not fit a " + LessonSetup.shape(layers) + " network");
        }
        Objects.requireNonNull(optimizer, "optimizer");
        if (rates.length != Type.values().length) throw new IllegalArgumentException("one learning rate per optimizer");
        rates = rates.clone();
        for (Type t : Type.values()) Limits.LEARNING_RATE.check(rateField(t, optimizer), rates[t.ordinal()]);
        Objects.requireNonNull(hyper, "hyper");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(curves, "curves");
    }

    /** Where a scenario file keeps the learning rate of {@code t}: the stepping optimizer's is optimizer.learningRate. */
    static String rateField(Type t, Type chosen) {
        return t == chosen ? "optimizer.learningRate" : "curves.learningRates." + t.id();
    }

    /** The notes' example: 4-2-1, sigmoid, max-margin Δ = 1, SGD α = 0.1, seed 7. */
    public static Setup classroom() {
        double[] rates = new double[Type.values().length];
        for (Type t : Type.values()) rates[t.ordinal()] = defaultLearningRate(t);
        return new Setup(Preset.CLASSROOM, Preset.CLASSROOM.layers(), Activation.SIGMOID, Activation.IDENTITY,
                Activation.DEFAULT_LEAKY_SLOPE, Loss.Kind.MAX_MARGIN, 1.0, 0, Initialization.XAVIER_UNIFORM,
                Initialization.DEFAULT_STDDEV, DEFAULT_SEED, null, Type.SGD, rates, Hyperparameters.DEFAULT,
                ScheduleChoice.DEFAULT, CurveSettings.DEFAULT);
    }

    /** A learning rate that trains the classroom nets well for each optimizer. */
    public static double defaultLearningRate(Type type) {
        return switch (type) {
            case SGD, ADAGRAD -> 0.1;
            case MOMENTUM -> 0.05;
            case RMSPROP, ADAM -> 0.01;
        };
    }

    /**
     * This setup on preset {@code p}: the preset's shape, activations, loss and optimizer; the seed
     * (except for Mazur's fixed example), the other learning rates and the curve settings stay. Leaving
     * Mazur's preset gives SGD its own α back: a preset sets everything it names.
     */
    public Setup withPreset(Preset p) {
        Setup base = classroom();
        return switch (p) {
            case CLASSROOM, WINDOW, CUSTOM -> base.with(b -> {
                b.preset = p;
                b.layers = p.layers();
                b.seed = seed;
                b.rates = rates.clone();
                if (preset == Preset.MAZUR) b.rates[Type.SGD.ordinal()] = defaultLearningRate(Type.SGD); // Mazur's α = 0.5 was his
                b.curves = new CurveSettings.Builder(curves);
            });
            case MAZUR -> base.with(b -> {
                b.preset = Preset.MAZUR;
                b.layers = Preset.MAZUR.layers();
                b.output = Activation.SIGMOID;
                b.loss = Loss.Kind.SQUARED_ERROR;
                b.seed = seed;
                b.rates = rates.clone();
                b.rates[Type.SGD.ordinal()] = MazurExample.OPTIMIZER.learningRate();
                b.hyper.updateBiases = false;
                b.curves = new CurveSettings.Builder(curves);
            });
        };
    }

    /** The setup for a word-window size: 1 → 4-2-1, 3 → 12-4-1, 5 → 20-8-1; everything else stays. */
    public Setup withWindow(int words) {
        return with(b -> {
            b.layers = Preset.windowLayers(words);
            b.preset = words == 1 ? Preset.CLASSROOM : words == 5 ? Preset.WINDOW : Preset.CUSTOM;
            if (preset == Preset.MAZUR) b.output = Activation.IDENTITY;
        });
    }

    /** What the stepping lesson is made of. */
    public LessonSetup lesson() {
        return new LessonSetup(preset, layers, hidden, output, leakySlope, loss, margin, l2, optimizerSettings(optimizer),
                seed, init, initStddev, initial, curves.stepPreprocessed() ? curves.preprocessing() : Preprocessor.Kind.NONE);
    }

    /** Optimizer {@code t} with its learning rate and the shared settings. */
    public OptimizerSettings optimizerSettings(Type t) {
        return new OptimizerSettings(t, rates[t.ordinal()], hyper.momentum(), hyper.decay(), hyper.beta1(), hyper.beta2(),
                hyper.epsilon(), hyper.biasCorrection(), hyper.fanInScaling(), hyper.updateBiases(), schedule.schedule());
    }

    public double rate(Type t) {
        return rates[t.ordinal()];
    }

    @Override
    public int[] layers() {
        return layers.clone();
    }

    @Override
    public double[] rates() {
        return rates.clone();
    }

    /** The loss the lesson really uses: max-margin only for word windows. */
    public boolean maxMargin() {
        return lesson().maxMargin();
    }

    /** A copy with the changes {@code change} makes to a builder holding this setup's values. */
    public Setup with(Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /**
     * This setup's values, to change and build again; {@link #build()} checks them all. It has the
     * setup's shape: the hyperparameters and the curve settings are edited in their own parts, as they
     * are read ({@code b.curves.epochs = 100} for {@code s.curves().epochs()}).
     */
    public static final class Builder {
        public Preset preset;
        public int[] layers;
        public Activation hidden, output;
        public double leakySlope, margin, l2, initStddev;
        public Loss.Kind loss;
        public Initialization init;
        public long seed;
        public InitialParameters initial;
        public Type optimizer;
        public double[] rates;
        public ScheduleChoice schedule;
        public Hyperparameters.Builder hyper;
        public CurveSettings.Builder curves;

        private final Setup from;

        private Builder(Setup s) {
            from = s;
            preset = s.preset;
            layers = s.layers();
            hidden = s.hidden;
            output = s.output;
            leakySlope = s.leakySlope;
            loss = s.loss;
            margin = s.margin;
            l2 = s.l2;
            init = s.init;
            initStddev = s.initStddev;
            seed = s.seed;
            initial = s.initial;
            optimizer = s.optimizer;
            rates = s.rates();
            schedule = s.schedule;
            hyper = new Hyperparameters.Builder(s.hyper);
            curves = new CurveSettings.Builder(s.curves);
        }

        /**
         * The checked setup. Explicit initial weights are kept only while the shape, the
         * initialisation and the seed they replace stay as they were.
         *
         * @throws IllegalArgumentException naming the first value outside its limits
         */
        public Setup build() {
            boolean sameStart = Arrays.equals(layers, from.layers) && init == from.init && initStddev == from.initStddev
                    && seed == from.seed && preset == from.preset;
            InitialParameters start = initial != from.initial || sameStart ? initial : null;
            return new Setup(preset, layers, hidden, output, leakySlope, loss, margin, l2, init, initStddev, seed, start,
                    optimizer, rates, hyper.build(), schedule, curves.build());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Setup s && preset == s.preset && Arrays.equals(layers, s.layers) && hidden == s.hidden
                && output == s.output && leakySlope == s.leakySlope && loss == s.loss && margin == s.margin && l2 == s.l2
                && init == s.init && initStddev == s.initStddev && seed == s.seed && Objects.equals(initial, s.initial)
                && optimizer == s.optimizer && Arrays.equals(rates, s.rates) && hyper.equals(s.hyper)
                && schedule.equals(s.schedule) && curves.equals(s.curves);
    }

    @Override
    public int hashCode() {
        return Objects.hash(preset, Arrays.hashCode(layers), hidden, output, leakySlope, loss, margin, l2, init, initStddev,
                seed, initial, optimizer, Arrays.hashCode(rates), hyper, schedule, curves);
    }
}

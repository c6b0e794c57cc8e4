package backproplab.curves;

import backproplab.engine.Activation;
import backproplab.engine.Learner;
import backproplab.engine.Network;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Trainer;
import backproplab.engine.TrainingResult;
import backproplab.setup.LessonSetup;
import backproplab.setup.Limits;
import backproplab.setup.Race;
import backproplab.setup.ScheduleChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Trains one network per {@link CurveSpec}, all from the same initial weights (the setup's seed)
 * on the same examples, on a few daemon threads. A run that diverges stops at that epoch; the
 * others go on. Cancelling stops every run after its current epoch.
 */
public final class CurveRunner {
    /** Told at epoch 0 (the starting weights) and after every epoch of every run, from the worker threads. */
    public interface Listener {
        void epoch(int curve, int epoch, double training, double validation);
    }

    /** What every run shares: the base setup (shape, init, seed, loss), batch size and epochs. */
    public record Plan(LessonSetup base, List<CurveSpec> specs, int epochs, int batchSize) {
        public Plan {
            specs = List.copyOf(specs);
            if (specs.isEmpty()) throw new IllegalArgumentException("tick at least one activation and one optimizer");
            Limits.EPOCHS.check("epochs", epochs);
            Limits.BATCH.check("batch size", batchSize);
        }

        /**
         * The plan of {@code race} on {@code base}, the one way the window and the {@code curves} command make it:
         * every activation × optimizer given, in their order; or, for a race of one trick, its variants for the
         * first activation and optimizer, on a base that uses them.
         *
         * @param schedules the schedules' parameters, for a race of schedules
         */
        public static Plan of(LessonSetup base, Race race, List<Activation> hidden, List<OptimizerSettings> optimizers,
                              ScheduleChoice schedules, int epochs, int batchSize) {
            if (race == Race.PAIRS) {
                List<CurveSpec> specs = new ArrayList<>();
                for (Activation a : hidden) {
                    for (OptimizerSettings o : optimizers) specs.add(new CurveSpec(a, o));
                }
                return new Plan(base, specs, epochs, batchSize);
            }
            Activation a = hidden.get(0);
            OptimizerSettings o = optimizers.get(0);
            return new Plan(base.withHiddenAndOptimizer(a, o), Races.variants(race, a, o, schedules), epochs, batchSize);
        }
    }

    private CurveRunner() {}

    /**
     * The number of worker threads: one per core, at most one per curve. Beside the window too: on
     * two cores the training probe measured the window's waits within their goal with two workers,
     * and the run 25% faster than with one (docs/performance.md).
     */
    public static int threads(int curves) {
        return Math.max(1, Math.min(curves, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Runs every curve of {@code plan} and returns them in the plan's order. Blocks until all are
     * done or cancelled; then the curves hold the epochs that finished.
     */
    public static List<Curve> run(Plan plan, ExperimentData data, Listener listener, BooleanSupplier cancelled)
            throws InterruptedException {
        return run(plan, spec -> data, listener, cancelled);
    }

    /** As above, each curve on the data {@code data} gives for it (a race of preprocessings trains each on its own). */
    public static List<Curve> run(Plan plan, Function<CurveSpec, ExperimentData> data, Listener listener,
                                  BooleanSupplier cancelled) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads(plan.specs().size()), r -> {
            Thread t = new Thread(r, "curve-training");
            t.setDaemon(true); // never keeps the JVM alive after the window closes
            return t;
        });
        try {
            List<Future<Curve>> futures = new ArrayList<>();
            for (int c = 0; c < plan.specs().size(); c++) {
                int curve = c;
                ExperimentData own = data.apply(plan.specs().get(c));
                futures.add(pool.submit(() -> train(plan, curve, own, listener, cancelled)));
            }
            List<Curve> curves = new ArrayList<>();
            for (Future<Curve> f : futures) curves.add(f.get());
            return curves;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a training run failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One curve, on the calling thread. */
    static Curve train(Plan plan, int curve, ExperimentData data, Listener listener, BooleanSupplier cancelled) {
        CurveSpec spec = plan.specs().get(curve);
        LessonSetup setup = plan.base().withHiddenAndOptimizer(spec.hidden(), spec.optimizer());
        Network network = setup.initialNetwork();
        if (spec.init() != null) spec.init().initialize(network, new Random(setup.seed()), setup.initStddev());
        Learner learner = new Learner(network, setup.newLoss(), setup.l2(), setup.optimizer());
        TrainingResult r = Trainer.train(learner, data.training(), data.validation(), plan.epochs(), plan.batchSize(),
                setup.seed(), (epoch, training, validation) -> {
                    listener.epoch(curve, epoch, training, validation);
                    return !cancelled.getAsBoolean();
                });
        return new Curve(spec, r.trainingLoss(), r.validationLoss(), r.divergedEpoch(), r.divergedValue());
    }
}

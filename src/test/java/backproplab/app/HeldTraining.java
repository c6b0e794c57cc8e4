package backproplab.app;

import backproplab.app.curves.CurvesModel;
import backproplab.curves.Curve;
import backproplab.curves.CurveRunner;
import backproplab.curves.CurveSpec;
import backproplab.curves.ExperimentData;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The window's training, except that once {@link #hold} was called every curve waits after its first
 * epoch until the test {@link #release}s it: a run cannot end before the test has done what it wanted
 * mid-run (pressed Cancel), however fast or slow the machine.
 */
final class HeldTraining implements CurvesModel.Training {
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean holding;

    @Override
    public List<Curve> run(CurveRunner.Plan plan, Function<CurveSpec, ExperimentData> data, CurveRunner.Listener listener,
                           BooleanSupplier cancelled) throws InterruptedException {
        return CurveRunner.run(plan, data, (curve, epoch, training, validation) -> {
            listener.epoch(curve, epoch, training, validation);
            if (epoch == 1 && holding) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, cancelled);
    }

    /** From the next run on, every curve waits after its first epoch. */
    void hold() {
        holding = true;
    }

    /** Lets every curve go on past its first epoch. */
    void release() {
        released.countDown();
    }
}

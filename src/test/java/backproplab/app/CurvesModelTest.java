package backproplab.app;

import backproplab.app.session.SessionModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.curves.CurvesModel;
import backproplab.curves.Curve;
import backproplab.curves.CurveRun;
import backproplab.curves.CurveRunner;
import backproplab.engine.Activation;
import backproplab.engine.Loss;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.setup.Session;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The loss curves' model without a window: a run starts, grows, is cancelled, diverges or fails. */
class CurvesModelTest {
    private final SessionModel session = new SessionModel(Session.classroom());
    private final HeldTraining held = new HeldTraining();
    private final CurvesModel model = new CurvesModel(session, held);

    @BeforeAll
    static void fxThread() throws Exception {
        FxToolkit.registerPrimaryStage(); // the FX thread the model's task reports to; no window is shown
    }

    private static <T> T fx(Callable<T> call) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(call));
    }

    private static void fx(Runnable run) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(run));
    }

    private String status() {
        return fx(() -> model.statusProperty().get());
    }

    @Test
    void aRunIsHandedOutAtOnceGrowsWhileItTrainsAndEndsWithEveryEpoch() {
        fx(() -> session.edit(b -> b.curves.epochs = 25));
        held.hold();
        fx(model::train);
        assertTrue(fx(() -> model.runningProperty().get()));
        assertEquals("Training 4 curves for 25 epochs…", status());
        Await.until(Bindings.greaterThan(model.progressProperty(), 0));
        CurveRun run = fx(() -> model.runProperty().get());
        assertFalse(run.isOver(), "held after the first epoch");
        assertEquals(4, run.size());
        for (int c = 0; c < run.size(); c++) assertTrue(run.epochs(c) <= 1, run.legend(c));
        assertTrue(run.finishedEpochs() >= 1);
        assertTrue(fx(() -> model.curvesProperty().get()).isEmpty(), "no table before the run is over");

        held.release();
        Await.until(model.runningProperty().not());
        assertTrue(run.isOver());
        for (int c = 0; c < run.size(); c++) assertEquals(25, run.epochs(c));
        assertEquals(1.0, fx(() -> model.progressProperty().get()), 0.0);
        assertEquals("Done: 4 curves, 25 epochs.", status());
        var curves = fx(() -> model.curvesProperty().get());
        assertEquals(4, curves.size());
        assertEquals(run.training(3, 25), curves.get(3).training()[25], 0.0, "the table holds the run's own numbers");
        assertEquals(run.validation(3, 25), curves.get(3).validation()[25], 0.0);
    }

    @Test
    void cancelFromTheFirstProgressStopsEveryCurveAfterItsEpoch() {
        fx(() -> session.edit(b -> b.curves.epochs = 100_000));
        held.hold();
        fx(model::train);
        int workers = CurveRunner.threads(4); // the curves they took are held after epoch 1; the others wait their turn
        Await.until(Bindings.greaterThanOrEqual(model.progressProperty(), workers / (4 * 100_000.0)));
        fx(model::cancel);
        assertEquals("Stopping after the current epoch…", status());
        assertTrue(fx(() -> model.runningProperty().get()), "running until the workers have stopped");
        held.release();
        Await.until(model.runningProperty().not());
        CurveRun run = fx(() -> model.runProperty().get());
        for (int c = 0; c < run.size(); c++) {
            assertEquals(c < workers ? 1 : 0, run.epochs(c), run.legend(c) + ": a curve begun after Cancel keeps its starting point only");
        }
        assertEquals("Cancelled. The curves show the epochs that finished.", status());
        assertEquals(0.0, fx(() -> model.progressProperty().get()), 0.0);
        assertEquals(1, fx(() -> model.curvesProperty().get()).get(0).epochs());
        assertEquals(1, fx(() -> model.curvesProperty().get()).get(3).training().length, "curve 4: epoch 0");

        fx(() -> session.edit(b -> b.curves.epochs = 3));
        fx(model::train);
        Await.until(model.runningProperty().not());
        assertEquals("Done: 4 curves, 3 epochs.", status(), "a new run after a cancelled one");
        assertTrue(fx(() -> model.runProperty().get()) != run);
    }

    @Test
    void aDivergingCurveIsNamedAndMarksTheStatusAsAProblem() {
        fx(() -> session.edit(b -> {
            b.loss = Loss.Kind.SQUARED_ERROR; // unbounded with an identity output: tanh · SGD at α = 1 blows up
            b.curves.activations = EnumSet.of(Activation.TANH, Activation.SIGMOID);
            b.curves.optimizers = EnumSet.of(Type.SGD);
            b.rates[Type.SGD.ordinal()] = 1;
            b.curves.epochs = 60;
        }));
        fx(model::train);
        Await.until(model.runningProperty().not());
        CurveRun run = fx(() -> model.runProperty().get());
        assertEquals(Curve.NOT_DIVERGED, run.divergedEpoch(0), "sigmoid · SGD stays finite");
        int at = run.divergedEpoch(1);
        assertTrue(at > 1, "tanh · SGD diverges after some finite epochs, at " + at);
        assertEquals(at - 1, run.epochs(1), "its line ends before the epoch that diverged");
        assertEquals(60, run.epochs(0));
        assertEquals("Done. The loss became infinite or NaN for: tanh · SGD (diverged at epoch " + at + "). Try a smaller learning rate.",
                status());
        assertTrue(fx(() -> model.failedProperty().get()));
    }

    @Test
    void aRunThatFailsSaysWhyAndEnds() {
        CurvesModel failing = new CurvesModel(session, (plan, data, listener, cancelled) -> {
            listener.epoch(0, 1, 0.5, 0.6);
            throw new IllegalStateException("the disk is on fire");
        });
        fx(failing::train);
        Await.until(failing.runningProperty().not());
        assertEquals("Training stopped: the disk is on fire", fx(() -> failing.statusProperty().get()));
        assertTrue(fx(() -> failing.failedProperty().get()));
        CurveRun run = fx(() -> failing.runProperty().get());
        assertTrue(run.isOver(), "the chart stops growing");
        assertEquals(1, run.epochs(0));
    }
}

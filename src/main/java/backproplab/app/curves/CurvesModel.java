package backproplab.app.curves;

import backproplab.chart.CurveTable;
import backproplab.chart.LossChart;
import backproplab.curves.Curve;
import backproplab.curves.CurveRunner;
import backproplab.curves.ExperimentData;
import backproplab.curves.Experiments;
import backproplab.app.SessionModel;
import backproplab.curves.CurveSpec;
import backproplab.curves.Race;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import java.util.ArrayList;
import backproplab.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Trains the ticked activation × optimizer pairs of the session's setup off the FX thread (the
 * same setup and examples the stepping view shows) and grows their curves on the chart while they
 * train: workers write each epoch's losses into arrays, and ten times a second the FX thread adds
 * what is new in one batch. Cancel stops every run after its epoch.
 */
public final class CurvesModel {
    private static final Duration REFRESH = Duration.millis(100);

    private final SessionModel session;
    private final StringBinding notReadyReason;
    private final ReadOnlyObjectWrapper<LossChart> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Tick activations and optimizers, then press Train.");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<Curve>> curves = new ReadOnlyObjectWrapper<>(List.of());
    private Task<List<Curve>> task;
    /** Why the running experiment has no validation curves, or null. */
    private String validationNote;

    public CurvesModel(SessionModel session) {
        this.session = session;
        notReadyReason = Bindings.createStringBinding(() -> {
            String reason = session.setup().curves().notReadyReason();
            return reason == null ? "" : reason;
        }, session.sessionProperty());
    }

    /** Why Train cannot start (nothing ticked), or an empty string. */
    public StringBinding notReadyReasonProperty() {
        return notReadyReason;
    }

    public ReadOnlyObjectProperty<LossChart> chartProperty() { return chart.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** 0 … 1 while training (epochs done over epochs planned, across all curves). */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** What happened last, in words: progress, results, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** True when the status reports a problem (shown in red). */
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }

    /** The finished (or cancelled) curves of the last run. */
    public ReadOnlyObjectProperty<List<Curve>> curvesProperty() { return curves.getReadOnlyProperty(); }

    /**
     * The ticked activations × optimizers of {@code s}, with its settings, in the notes' order; or for
     * a race of one trick, its variants for the stepping view's activation and optimizer.
     */
    public static CurveRunner.Plan plan(Setup s) {
        List<CurveSpec> specs = new ArrayList<>();
        Race race = s.curves().race();
        if (race != Race.PAIRS) {
            specs.addAll(race.variants(s.hidden(), s.optimizerSettings(s.optimizer()), s.schedule()));
        } else {
            for (Activation a : Activation.values()) {
                if (!s.curves().activations().contains(a)) continue;
                for (OptimizerSettings.Type t : OptimizerSettings.Type.values()) {
                    if (s.curves().optimizers().contains(t)) specs.add(new CurveSpec(a, s.optimizerSettings(t)));
                }
            }
        }
        return new CurveRunner.Plan(s.lesson(), specs, s.curves().epochs(), s.curves().batchSize());
    }

    /**
     * Starts training the session's ticked pairs on its current setup; the chart is replaced by an
     * empty one that grows. Nothing happens while training runs or nothing is ticked.
     */
    public void train() {
        if (running.get() || !notReadyReason.get().isEmpty()) return;
        Session now = session.session();
        CurveRunner.Plan plan = plan(now.setup());
        var data = ExperimentData.forCurves(plan.base(), now.words(), now.setup().curves().preprocessing(), plan.specs());
        validationNote = data.apply(plan.specs().get(0)).validationNote();
        int n = plan.specs().size(), epochs = plan.epochs();
        LossChart fresh = new LossChart(Experiments.title(plan.base(), data, plan.specs(), epochs, now.setup().curves().race()),
                plan.specs().stream().map(CurveSpec::label).toList());
        fresh.setEpochs(epochs);
        chart.set(fresh);
        double[][] training = new double[n][epochs], validation = new double[n][epochs];
        AtomicIntegerArray done = new AtomicIntegerArray(n); // epochs written per curve; the array write happens first
        int[] shown = new int[n];
        Timeline refresh = new Timeline(new KeyFrame(REFRESH, e -> publish(fresh, training, validation, done, shown, epochs)));
        refresh.setCycleCount(Timeline.INDEFINITE);

        task = new Task<>() {
            @Override
            protected List<Curve> call() throws Exception {
                return CurveRunner.run(plan, data, (c, epoch, t, v) -> {
                    training[c][epoch - 1] = t;
                    validation[c][epoch - 1] = v;
                    done.set(c, epoch);
                }, this::isCancelled);
            }
        };
        task.setOnSucceeded(e -> finish(fresh, refresh, training, validation, done, shown, epochs, task.getValue(), false));
        task.setOnCancelled(e -> finish(fresh, refresh, training, validation, done, shown, epochs, null, true));
        task.setOnFailed(e -> {
            refresh.stop();
            running.set(false);
            report("Training stopped: " + task.getException().getMessage(), true);
        });
        running.set(true);
        progress.set(0);
        report("Training " + n + " curve" + (n == 1 ? "" : "s") + " for " + epochs + " epochs…", false);
        Thread worker = new Thread(task, "curve-experiment");
        worker.setDaemon(true);
        worker.start();
        refresh.play();
    }

    /** Stops training; the curves keep the epochs they finished. */
    public void cancel() {
        if (task != null && running.get()) task.cancel();
    }

    /** Adds every epoch finished since the last call, in one change event. */
    private void publish(LossChart target, double[][] training, double[][] validation, AtomicIntegerArray done,
                         int[] shown, int epochs) {
        long total = 0;
        boolean added = false;
        for (int c = 0; c < shown.length; c++) {
            int now = done.get(c);
            if (now > shown[c]) {
                target.addEpochs(c, shown[c] + 1, training[c], validation[c], now - shown[c]);
                shown[c] = now;
                added = true;
            }
            total += now;
        }
        if (added) target.fireChanged();
        progress.set((double) total / ((long) epochs * shown.length));
    }

    private void finish(LossChart target, Timeline refresh, double[][] training, double[][] validation,
                        AtomicIntegerArray done, int[] shown, int epochs, List<Curve> result, boolean cancelled) {
        refresh.stop();
        publish(target, training, validation, done, shown, epochs);
        for (int c = 0; c < shown.length; c++) target.endCurve(c, training[c], validation[c], shown[c]);
        target.fireChanged();
        running.set(false);
        if (cancelled) {
            progress.set(0);
            report("Cancelled. The curves show the epochs that finished.", false);
            return;
        }
        progress.set(1);
        curves.set(result);
        StringBuilder diverged = new StringBuilder();
        for (int c = 0; c < result.size(); c++) {
            Curve curve = result.get(c);
            if (curve.diverged()) {
                target.markDiverged(c, curve.divergedEpoch());
                diverged.append(diverged.length() == 0 ? "" : "; ").append(curve.legend());
            }
        }
        target.fireChanged();
        String note = validationNote == null ? "" : " (" + validationNote + ".)";
        report(diverged.length() == 0 ? "Done: " + result.size() + " curves, " + epochs + " epochs." + note
                : "Done. The loss became infinite or NaN for: " + diverged + ". Try a smaller learning rate." + note, diverged.length() > 0);
    }

    /**
     * Writes the chart as shown to {@code file}, width × height, as PNG, SVG or PDF by the file's
     * ending. A failure leaves the chart and any existing file as they were, and is reported in the status.
     */
    public boolean exportChart(Path file, int width, int height) {
        LossChart current = chart.get();
        if (current == null) return false;
        try {
            current.write(file, width, height);
            report("Saved " + file + " (" + width + " × " + height + ").", false);
            return true;
        } catch (IOException | RuntimeException e) {
            report("Could not save " + file + ": " + reason(e), true);
            return false;
        }
    }

    /** Writes the last curves as CSV, one row per epoch; failures are reported in the status. */
    public boolean exportCsv(Path file) {
        try {
            AtomicFiles.writeString(file, CurveTable.csv(curves.get()));
            report("Saved " + file + ".", false);
            return true;
        } catch (IOException | RuntimeException e) {
            report("Could not save " + file + ": " + reason(e), true);
            return false;
        }
    }

    /** The reason AtomicFiles gives (the system's, in words), as a sentence. */
    private static String reason(Exception e) {
        return (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".";
    }

    /** Puts {@code message} in the status line (what the tab just did). */
    public void say(String message) {
        report(message, false);
    }

    private void report(String message, boolean problem) {
        status.set(message);
        failed.set(problem);
    }
}

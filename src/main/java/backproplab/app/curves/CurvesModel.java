package backproplab.app.curves;

import backproplab.app.kit.Background;
import backproplab.app.session.SessionModel;
import backproplab.chart.ChartStyle;
import backproplab.chart.CurveTable;
import backproplab.chart.LossChart;
import backproplab.curves.Curve;
import backproplab.curves.CurveRun;
import backproplab.curves.CurveRunner;
import backproplab.curves.CurveSpec;
import backproplab.curves.ExperimentData;
import backproplab.curves.Experiments;
import backproplab.setup.Race;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.io.AtomicFiles;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Trains the ticked activation × optimizer pairs of the session's setup off the FX thread (the
 * same setup and examples the stepping view shows). The workers write each epoch's losses into the
 * {@link CurveRun} this model hands out, which the chart reads as it grows; ten times a second the
 * FX thread updates the progress. Cancel stops every curve after its epoch; the run ends when the
 * workers have stopped.
 */
public final class CurvesModel {
    private static final Duration REFRESH = Duration.millis(100);

    /** How a plan is trained: {@link CurveRunner#run}, or in tests a runner that holds a run where a test needs it. */
    @FunctionalInterface
    public interface Training {
        List<Curve> run(CurveRunner.Plan plan, Function<CurveSpec, ExperimentData> data, CurveRunner.Listener listener,
                        BooleanSupplier cancelled) throws InterruptedException;
    }

    private final SessionModel session;
    private final Training training;
    private final StringBinding notReadyReason;
    /** Drawing or saving a chart picture, off the window's thread. */
    private final Background<BufferedImage> pictures = new Background<>();
    private final ReadOnlyObjectWrapper<CurveRun> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Tick activations and optimizers, then press Train.");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<Curve>> curves = new ReadOnlyObjectWrapper<>(List.of());
    /** The curves of the run on screen hidden from the chart (by index); a new run shows every curve. */
    private final ObservableSet<Integer> hidden = FXCollections.observableSet();
    private final ObservableSet<Integer> hiddenView = FXCollections.unmodifiableObservableSet(hidden);
    /** Set by Cancel; the running task's workers stop after their epoch. */
    private AtomicBoolean stop = new AtomicBoolean();

    public CurvesModel(SessionModel session) {
        this(session, CurveRunner::run);
    }

    /** A model that trains with {@code training} (tests hold a run with it). */
    public CurvesModel(SessionModel session, Training training) {
        this.session = session;
        this.training = training;
        run.addListener((obs, old, now) -> hidden.clear());
        notReadyReason = Bindings.createStringBinding(() -> {
            String reason = session.setup().curves().notReadyReason();
            return reason == null ? "" : reason;
        }, session.sessionProperty());
    }

    /** Why Train cannot start (nothing ticked), or an empty string. */
    public StringBinding notReadyReasonProperty() {
        return notReadyReason;
    }

    /** The run on screen: growing while training, over once the workers stopped; null before the first. */
    public ReadOnlyObjectProperty<CurveRun> runProperty() { return run.getReadOnlyProperty(); }

    /** True from Train until the workers have stopped. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** 0 … 1 while training (epochs done over epochs planned, across all curves). */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** What happened last, in words: progress, results, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** True when the status reports a problem (shown in red). */
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }

    /** The curves of the last run once it is over (a cancelled run's hold the epochs that finished). */
    public ReadOnlyObjectProperty<List<Curve>> curvesProperty() { return curves.getReadOnlyProperty(); }

    /** The curves of the run on screen that the chart hides (by index), for the chart's style to follow. */
    public ObservableSet<Integer> hiddenCurves() {
        return hiddenView;
    }

    /** Hides curve {@code c} of the run on screen if it shows, shows it if it is hidden (a click on its legend entry). */
    public void toggleHidden(int c) {
        CurveRun r = run.get();
        if (r == null || c < 0 || c >= r.size()) return;
        if (!hidden.remove(c)) hidden.add(c);
    }

    /**
     * The ticked activations × optimizers of {@code s}, with its settings, in the notes' order; or for
     * a race of one trick, its variants for the stepping view's activation and optimizer.
     */
    public static CurveRunner.Plan plan(Setup s) {
        Race race = s.curves().race();
        List<Activation> hidden = new ArrayList<>(race == Race.PAIRS ? s.curves().activations() : List.of(s.hidden()));
        List<OptimizerSettings> optimizers = new ArrayList<>();
        for (OptimizerSettings.Type t : race == Race.PAIRS ? s.curves().optimizers() : List.of(s.optimizer())) {
            optimizers.add(s.optimizerSettings(t));
        }
        return CurveRunner.Plan.of(s.lesson(), race, hidden, optimizers, s.schedule(), s.curves().epochs(), s.curves().batchSize());
    }

    /**
     * Starts training the session's ticked pairs on its current setup; a new, empty run replaces the
     * one on screen and grows. Nothing happens while training runs or nothing is ticked.
     */
    public void train() {
        if (running.get() || !notReadyReason.get().isEmpty()) return;
        Session now = session.session();
        CurveRunner.Plan plan = plan(now.setup());
        AtomicBoolean stopped = new AtomicBoolean();
        stop = stopped;
        Task<CurveRun> task = new Task<>() {
            @Override
            protected CurveRun call() throws Exception {
                var data = ExperimentData.forCurves(plan.base(), now.words(), now.setup().curves().preprocessing(), plan.specs());
                CurveRun fresh = new CurveRun(Experiments.title(plan.base(), data, plan.specs(), plan.epochs(), now.setup().curves().race()),
                        plan.specs(), plan.epochs(), data.apply(plan.specs().get(0)).validationNote(), plan.base().l2());
                updateValue(fresh); // on screen as soon as the examples are ready
                try {
                    fresh.end(training.run(plan, data, fresh, stopped::get));
                } catch (Exception | Error e) {
                    fresh.end(fresh.curves()); // over, with what it has: the chart stops growing
                    throw e;
                }
                return fresh;
            }
        };
        task.valueProperty().addListener((obs, old, fresh) -> { if (fresh != null) run.set(fresh); });
        Timeline refresh = new Timeline(new KeyFrame(REFRESH, e -> {
            if (task.getValue() != null) progress.set(task.getValue().progress());
        }));
        refresh.setCycleCount(Timeline.INDEFINITE);
        task.setOnSucceeded(e -> finish(task.getValue(), refresh, stopped.get()));
        task.setOnFailed(e -> {
            refresh.stop();
            running.set(false);
            report("Training stopped: " + task.getException().getMessage(), true);
        });
        running.set(true);
        progress.set(0);
        int n = plan.specs().size();
        report("Training " + n + " curve" + (n == 1 ? "" : "s") + " for " + plan.epochs() + " epochs…", false);
        Thread worker = new Thread(task, "curve-experiment");
        worker.setDaemon(true);
        worker.start();
        refresh.play();
    }

    /** Stops training: every curve after its epoch; the curves keep the epochs they finished. */
    public void cancel() {
        if (!running.get() || stop.get()) return;
        stop.set(true);
        report("Stopping after the current epoch…", false);
    }

    private void finish(CurveRun over, Timeline refresh, boolean cancelled) {
        refresh.stop();
        run.set(over); // already, unless the run was over before its first value reached the FX thread
        running.set(false);
        List<Curve> result = over.curves();
        curves.set(result);
        if (cancelled) {
            progress.set(0);
            report("Cancelled. The curves show the epochs that finished.", false);
            return;
        }
        progress.set(1);
        StringBuilder diverged = new StringBuilder();
        for (Curve curve : result) {
            if (curve.diverged()) diverged.append(diverged.length() == 0 ? "" : "; ").append(curve.legend());
        }
        String note = over.validationNote() == null ? "" : " (" + over.validationNote() + ".)";
        report(diverged.length() == 0 ? "Done: " + result.size() + " curves, " + over.plannedEpochs() + " epochs." + note
                : "Done. The loss became infinite or NaN for: " + diverged + ". Try a smaller learning rate." + note, diverged.length() > 0);
    }

    /** The chart of the run on screen in {@code style}, as every export draws it; null before the first run. */
    private static LossChart chart(CurveRun shown, ChartStyle style) {
        LossChart chart = LossChart.of(shown);
        chart.setStyle(style);
        return chart;
    }

    /**
     * Saves the chart as shown, {@code width} × {@code height}, to {@code file} (PNG, SVG or PDF by its
     * ending), drawn and written off the window's thread; the status says when it is saved or why not.
     */
    public void exportChart(Path file, int width, int height, ChartStyle style) {
        CurveRun shown = run.get();
        if (shown == null) return;
        String size = " (" + width + " × " + height + ")";
        report("Saving " + file.getFileName() + size + "…", false);
        pictures.start(file.getFileName().toString(), () -> {
            chart(shown, style).write(file, width, height);
            return null;
        }, none -> report("Saved " + file + size + ".", false), e -> report("Could not save " + file + ": " + reason(e), true));
    }

    /** Draws the chart as shown, {@code width} × {@code height}, off the window's thread, then hands it to {@code use} (for the clipboard). */
    public void chartImage(int width, int height, ChartStyle style, Consumer<BufferedImage> use) {
        CurveRun shown = run.get();
        if (shown == null) return;
        report("Drawing the chart (" + width + " × " + height + ")…", false);
        pictures.start("chart picture", () -> chart(shown, style).bufferedImage(width, height), use,
                e -> report("Could not draw the chart: " + reason(e), true));
    }

    /** True while a chart is drawn or saved in the background. */
    public BooleanBinding drawingProperty() {
        return pictures.busy();
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
    private static String reason(Throwable e) {
        return (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".";
    }

    /** Puts {@code message} in the status line (what the tab just did). */
    public void say(String message) {
        report(message, false);
    }

    /** Puts {@code message} in the status line, in red if it is a {@code problem}. */
    void report(String message, boolean problem) {
        status.set(message);
        failed.set(problem);
    }
}

package backproplab.app;

import backproplab.app.session.SessionModel;
import backproplab.app.curves.CurvesModel;
import backproplab.setup.Race;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.setup.Limits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The responsiveness probe ({@code src/bench/training.sh}). With {@code -Dbackproplab.probe=training}
 * the window, once shown, trains the classroom race on the loss-curve tab — every hidden activation ×
 * every optimizer, 1,000 epochs, 5-word windows; with {@code training-largest} the largest race allowed,
 * the same 30 curves for 100,000 epochs on 1-word windows — while a clock thread posts a task to the
 * FX thread every {@value #EVERY_MS} ms from the end of the frame that answers Train (the button
 * disabled, Cancel and the progress bar shown) and notes how long each waited to run: the time a
 * click or a key would have waited. When the run is done it prints one line,
 * {@code training max-fx-wait-ms N p99-fx-wait-ms M train-ms T click-frame-ms C} (the probe's name first),
 * and the program exits. {@code train-ms} runs from Train to the end of the run (every worker has
 * stopped); {@code click-frame-ms} from Train to the end of the frame that answers it, the click's own
 * response. The loss-curve tab is shown and rendered before Train is pressed: building it when first
 * shown is not training.
 */
final class TrainingProbe {
    static final String NAME = "training";
    private static final long EVERY_MS = 50;

    /** The races it can train: every hidden activation × every optimizer, for so many epochs on windows of so many words. */
    private enum Workload {
        CLASSROOM(NAME, 5, 1000), LARGEST(NAME + "-largest", 1, Limits.MAX_EPOCHS);

        final String probe;
        final int words, epochs;

        Workload(String probe, int words, int epochs) {
            this.probe = probe;
            this.words = words;
            this.epochs = epochs;
        }

        static Workload requested() {
            for (Workload r : values()) if (r.probe.equals(StartupProbe.requested())) return r;
            return null;
        }
    }

    private final List<Long> waits = new ArrayList<>(); // nanoseconds, touched on the FX thread only
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "training-probe-clock");
        t.setDaemon(true);
        return t;
    });

    private final Workload workload;
    /** From Train to the end of the frame that answers it; set on the FX thread. */
    private long clickFrameMs;

    private TrainingProbe(Workload workload) {
        this.workload = workload;
    }

    /** Arms the probe for the window {@code view} on {@code stage} if it was asked for; call before {@code stage.show()}. */
    static void watch(Stage stage, SessionModel session, MainView view) {
        Workload workload = Workload.requested();
        if (workload == null) return;
        StartupProbe.afterFirstFrame(stage, () -> new TrainingProbe(workload).run(session, view));
    }

    /** Sets up the race and shows the loss-curve tab; once that is on screen, trains and measures. */
    private void run(SessionModel session, MainView view) {
        String problem = session.change(s -> s.withWindow(workload.words).with(b -> {
            b.curves.activations = EnumSet.complementOf(EnumSet.of(Activation.IDENTITY));
            b.curves.optimizers = EnumSet.allOf(OptimizerSettings.Type.class);
            b.curves.epochs = workload.epochs;
            b.curves.race = Race.PAIRS;
        }));
        if (problem != null) {
            System.err.println(workload.probe + " probe: the race could not be set up: " + problem);
            System.exit(1);
        }
        // Two frames: the second waits for the first one's rendering to finish.
        view.showCurves();
        StartupProbe.afterNextFrame(view.getScene(), () -> StartupProbe.afterNextFrame(view.getScene(), () -> train(view)));
    }

    /** Starts training as Train (Ctrl + T) does; once the frame answering it is painted, measures until the run is over. */
    private void train(MainView view) {
        CurvesModel curves = view.curvesModel();
        long started = System.nanoTime();
        curves.runningProperty().addListener((obs, was, running) -> {
            if (running) return;
            long trainMs = (System.nanoTime() - started) / 1_000_000;
            clock.shutdownNow();
            Platform.runLater(() -> report(trainMs)); // after the waits already queued
        });
        curves.train();
        StartupProbe.afterNextFrame(view.getScene(), () -> {
            clickFrameMs = (System.nanoTime() - started) / 1_000_000;
            clock.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> waits.add(System.nanoTime() - posted));
            }, 0, EVERY_MS, TimeUnit.MILLISECONDS);
        });
    }

    private void report(long trainMs) {
        List<Long> sorted = new ArrayList<>(waits);
        sorted.sort(null);
        long max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
        long p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
        System.out.println(workload.probe + " max-fx-wait-ms " + max / 1_000_000 + " p99-fx-wait-ms " + p99 / 1_000_000
                + " train-ms " + trainMs + " click-frame-ms " + clickFrameMs);
        System.out.flush();
        System.exit(0);
    }
}

package backproplab.app;

import backproplab.app.session.LessonModel;
import backproplab.app.session.SessionModel;
import backproplab.setup.Preset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The largest-network probe ({@code src/bench/network.sh}). With {@code -Dbackproplab.probe=network}
 * the window, once shown, switches the stepping view to the largest network it draws,
 * {@value #SHAPE} (16,704 weights), as typing the sizes and Enter does, then steps {@value #STEPS}
 * times as → does. It prints one line, {@code network switch-ms N step-median-ms M step-max-ms X}, and
 * the program exits: each figure runs from the change to the end of the second frame after it (the
 * second waits for the first one's rendering), so it is how long the window showed the old picture.
 */
final class NetworkProbe {
    static final String NAME = "network";
    private static final String SHAPE = "4-64-64-64-64-64-1";
    private static final int STEPS = 20;

    private final List<Long> steps = new ArrayList<>();
    private long switchMs;

    private NetworkProbe() {}

    /** Arms the probe if it was asked for; call before {@code stage.show()}. */
    static void watch(Stage stage, SessionModel session, MainView view) {
        if (!NAME.equals(StartupProbe.requested())) return;
        StartupProbe.afterFirstFrame(stage, () -> new NetworkProbe().run(session, view));
    }

    private void run(SessionModel session, MainView view) {
        long started = System.nanoTime();
        String problem = session.change(s -> s.with(b -> {
            b.preset = Preset.CUSTOM;
            b.layers = new int[] {4, 64, 64, 64, 64, 64, 1};
        }));
        if (problem != null) {
            System.err.println(NAME + " probe: " + SHAPE + " could not be set up: " + problem);
            System.exit(1);
        }
        afterTwoFrames(view.getScene(), () -> {
            switchMs = (System.nanoTime() - started) / 1_000_000;
            step(view.getScene(), view.lessonModel());
        });
    }

    private void step(Scene scene, LessonModel lesson) {
        if (steps.size() == STEPS) {
            report();
            return;
        }
        long started = System.nanoTime();
        lesson.stepForward();
        afterTwoFrames(scene, () -> {
            steps.add((System.nanoTime() - started) / 1_000_000);
            step(scene, lesson);
        });
    }

    private static void afterTwoFrames(Scene scene, Runnable action) {
        StartupProbe.afterNextFrame(scene, () -> StartupProbe.afterNextFrame(scene, action));
    }

    private void report() {
        List<Long> sorted = new ArrayList<>(steps);
        sorted.sort(null);
        System.out.println(NAME + " switch-ms " + switchMs + " step-median-ms " + sorted.get(sorted.size() / 2)
                + " step-max-ms " + sorted.get(sorted.size() - 1));
        System.out.flush();
        System.exit(0);
    }
}

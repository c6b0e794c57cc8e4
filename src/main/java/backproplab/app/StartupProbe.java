package backproplab.app;

import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Measures how long a window takes to appear, for the start-up benchmark ({@code src/bench/startup.sh}).
 * With {@code -Dbackproplab.probe=NAME} the first frame after the stage is shown prints one line,
 * {@code NAME first-frame-ms N} (milliseconds since the process started), and the program exits.
 * Without the property it does nothing. The training and network probes ({@link TrainingProbe},
 * {@link NetworkProbe}) start from the same first frame.
 */
public final class StartupProbe {
    private StartupProbe() {}

    /** The probe asked for with {@code -Dbackproplab.probe}, or an empty string. */
    static String requested() {
        return System.getProperty("backproplab.probe", "");
    }

    /** Arms the first-frame probe for {@code stage}; call just before {@code stage.show()}. */
    public static void watch(Stage stage) {
        String name = requested();
        if (name.isBlank() || name.startsWith(TrainingProbe.NAME) || name.equals(NetworkProbe.NAME)) return;
        afterFirstFrame(stage, () -> {
            long started = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
            System.out.println(name + " first-frame-ms " + (System.currentTimeMillis() - started));
            System.out.flush();
            System.exit(0);
        });
    }

    /** Runs {@code action} on the FX thread once the stage's first frame is painted. */
    static void afterFirstFrame(Stage stage, Runnable action) {
        stage.setOnShown(e -> afterNextFrame(stage.getScene(), action));
    }

    /** Runs {@code action} on the FX thread once the scene's next frame is laid out and painted. */
    static void afterNextFrame(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(action); // the next pulse paints what this one laid out
            }
        });
        Platform.requestNextPulse();
    }
}

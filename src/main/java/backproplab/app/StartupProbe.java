package backproplab.app;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures how long a window takes to appear, for the start-up benchmark ({@code src/bench/startup.sh}).
 * With {@code -Dbackproplab.probe=NAME} the first frame after the stage is shown prints one line,
 * {@code NAME first-frame-ms N} (milliseconds since the process started), and the program exits.
 * Without the property it does nothing.
 */
public final class StartupProbe {
    private StartupProbe() {}

    /** Arms the probe for {@code stage}; call just before {@code stage.show()}. */
    public static void watch(Stage stage) {
        String name = System.getProperty("backproplab.probe", "");
        if (name.isBlank()) return;
        stage.setOnShown(e -> stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                // The next pulse paints what this one laid out.
                Platform.runLater(() -> {
                    long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
                    System.out.println(name + " first-frame-ms " + (System.currentTimeMillis() - started));
                    System.out.flush();
                    System.exit(0);
                });
            }
        }));
    }
}

package backproplab;

import backproplab.app.BackpropLabApp;
import backproplab.cli.BackpropLabCommand;
import java.util.Locale;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Entry point of the jar. With no arguments it opens the window, and with one {@code .json} file
 * it opens the window on that scenario; with a subcommand it runs headless and never touches the
 * JavaFX toolkit.
 *
 * <p>It deliberately does not extend {@link Application}: a main class that does makes
 * {@code java -jar} refuse to start with JavaFX on the class path.
 */
public final class Launcher {
    /**
     * JavaFX's logger. Its start-up note that JavaFX was loaded from the class path ("Unsupported JavaFX configuration")
     * is filtered out: a runnable jar must load it so, and the note asks nothing of the person; every other message stays.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private Launcher() {}

    /** False on Linux without an X or Wayland display (a server, a CI job), where JavaFX cannot open a window. */
    static boolean displayAvailable() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) return true;
        if ("Monocle".equals(System.getProperty("glass.platform"))) return true; // the headless test toolkit
        return !System.getenv().getOrDefault("DISPLAY", "").isBlank() || !System.getenv().getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(".json"))) {
            if (!displayAvailable()) {
                System.err.println("Backprop Lab needs a display to open its window, and none is set (DISPLAY is empty)."
                        + " Without one, use the headless commands: trace, curves, bench (see --help).");
                System.exit(1);
            }
            JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
            try {
                Application.launch(BackpropLabApp.class, args);
            } catch (RuntimeException e) {
                System.err.println("Backprop Lab could not open its window: " + e.getMessage()
                        + ". The headless commands work without one: trace, curves, bench (see --help).");
                System.exit(1);
            }
            return;
        }
        int status;
        try {
            status = BackpropLabCommand.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("error: out of memory; the input is larger than this machine can hold");
            status = 1;
        }
        System.exit(status);
    }
}

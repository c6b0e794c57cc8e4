package backproplab;

import backproplab.app.BackpropLabApp;
import backproplab.cli.BackpropLabCommand;
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
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".json"))) {
            Application.launch(BackpropLabApp.class, args);
            return;
        }
        System.exit(BackpropLabCommand.execute(args));
    }
}

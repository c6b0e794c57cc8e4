package backproplab.bench;

import backproplab.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: an empty JavaFX window of the app's size, started from the
 * same jar ({@code src/bench/startup.sh}). Its own main because a main class that extends
 * {@link Application} cannot start with JavaFX on the class path.
 */
public final class EmptyWindow {
    private EmptyWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1366, 740));
            stage.setTitle("Empty");
            StartupProbe.watch(stage);
            stage.show();
        }
    }
}

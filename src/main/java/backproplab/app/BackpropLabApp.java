package backproplab.app;

import backproplab.app.curves.CurvesModel;
import backproplab.app.kit.FileAsker;
import backproplab.app.kit.StyleSheet;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import backproplab.app.session.SessionModel;
import backproplab.app.session.UserPreferences;
import backproplab.setup.Session;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The Backprop Lab window: opens on the notes' example (4-2-1, sigmoid, margin 1, seed 7). */
public final class BackpropLabApp extends Application {
    /** The window size on a 1366×768 laptop; it can be maximised on a projector. */
    public static final double WIDTH = 1366, HEIGHT = 740;

    /** Off the FX thread, before the window is built: see {@link Warmup}. */
    @Override
    public void init() {
        Warmup.begin();
    }

    /**
     * Opens the window on the notes' example, or on the scenario named by the first argument
     * ({@code java -jar backprop-lab.jar lesson.json}) or the system property {@code scenario}
     * ({@code ./mvnw javafx:run -Dscenario=lesson.json}). A scenario that cannot be opened is said
     * at the top of the window, which then shows the notes' example.
     */
    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> reportUnexpected(stage, error));
        UserPreferences preferences = UserPreferences.system();
        double[] size = preferences.windowSize(WIDTH, HEIGHT);
        SessionModel session = new SessionModel(Session.classroom());
        MainView view = show(stage, session, new CurvesModel(session), preferences.displaySettings(),
                FileAsker.dialogs(preferences.folderProperty()), preferences, size[0], size[1]);
        stage.setOnHidden(e -> preferences.rememberWindowSize(stage.getWidth(), stage.getHeight()));
        String scenario = getParameters().getRaw().isEmpty() ? System.getProperty("scenario", "") : getParameters().getRaw().get(0);
        if (!scenario.isBlank()) view.fileActions().openFile(Path.of(scenario));
    }

    /**
     * A safety net: an error no control anticipated is shown as one plain sentence (never a stack
     * trace) and written to standard error for a bug report; the window keeps working.
     */
    private static void reportUnexpected(Stage owner, Throwable error) {
        System.err.println("Backprop Lab: unexpected error");
        error.printStackTrace(System.err);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle("Backprop Lab");
        alert.setHeaderText("That did not work.");
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        alert.setContentText(reason + "\n\nWhat was on screen is unchanged. Please tell us what you did, so we can fix it.");
        alert.show();
    }

    /** Puts the main view for {@code session} on {@code stage} with preferences kept in memory (tests). */
    public static MainView show(Stage stage, SessionModel session, DisplaySettings display, FileAsker files) {
        return show(stage, session, new CurvesModel(session), display, files, UserPreferences.inMemory(), WIDTH, HEIGHT);
    }

    /** As above, with the loss curves trained by {@code curves} (tests hold a run with it). */
    public static MainView show(Stage stage, SessionModel session, CurvesModel curves, DisplaySettings display, FileAsker files) {
        return show(stage, session, curves, display, files, UserPreferences.inMemory(), WIDTH, HEIGHT);
    }

    /** A window of the wished size, made no larger than {@code screen} (its visible bounds) and centred on it. */
    static Rectangle2D fit(double width, double height, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth()), h = Math.min(height, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2, screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    static MainView show(Stage stage, SessionModel session, CurvesModel curves, DisplaySettings display, FileAsker files,
                         UserPreferences preferences, double width, double height) {
        MainView view = new MainView(session, new LessonModel(session), curves, display, files, preferences);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D window = fit(width, height, screen); // a stored 20000 × 20000 must not hide the menus off screen
        Scene scene = new Scene(view, window.getWidth(), window.getHeight());
        StyleSheet.apply(scene);
        stage.setTitle("Backprop Lab");
        try (var icon = BackpropLabApp.class.getResourceAsStream("/assets/icon.png")) {
            if (icon != null) stage.getIcons().setAll(new Image(icon));
        } catch (IOException e) {
            // the window opens with the system's default icon
        }
        stage.setScene(scene);
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
        stage.setX(window.getMinX());
        stage.setY(window.getMinY());
        StartupProbe.watch(stage);
        TrainingProbe.watch(stage, session, view);
        NetworkProbe.watch(stage, session, view);
        stage.show();
        return view;
    }
}

package backproplab.app;

import backproplab.app.curves.CurvesModel;
import backproplab.app.curves.FileAsker;
import backproplab.app.stepping.LessonModel;
import backproplab.setup.Session;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The Backprop Lab window: opens on the notes' example (4-2-1, sigmoid, margin 1, seed 7). */
public final class BackpropLabApp extends Application {
    /** The window size on a 1366×768 laptop; it can be maximised on a projector. */
    public static final double WIDTH = 1366, HEIGHT = 740;

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> reportUnexpected(stage, error));
        show(stage, new SessionModel(Session.classroom()), new DisplaySettings(), FileAsker.dialogs());
    }

    /**
     * A safety net: an error no control anticipated is shown as one plain sentence (never a stack
     * trace) and written to standard error for a bug report; the window keeps working.
     */
    private static void reportUnexpected(Stage owner, Throwable error) {
        System.err.println("Backprop Lab: unexpected error");
        error.printStackTrace(System.err);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle("Backprop Lab");
        alert.setHeaderText("That did not work.");
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        alert.setContentText(reason + "\n\nWhat was on screen is unchanged. Please tell us what you did, so we can fix it.");
        alert.show();
    }

    /** Puts the main view for {@code session} on {@code stage} (tests call this with their own model). */
    public static MainView show(Stage stage, SessionModel session, DisplaySettings display, FileAsker files) {
        MainView view = new MainView(session, new LessonModel(session), new CurvesModel(session), display, files);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.getStylesheets().add(BackpropLabApp.class.getResource("app.css").toExternalForm());
        stage.setTitle("Backprop Lab");
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.show();
        return view;
    }
}

package backproplab.app;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.setup.Session;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** For window tests: the window on the notes' example, and what a label on it says. */
final class Classroom {
    private Classroom() {}

    /** The main window on the notes' example, preferences in memory, files answered by a {@link TestFiles}. */
    static MainView show(Stage stage) {
        return BackpropLabApp.show(stage, new SessionModel(Session.classroom()), new DisplaySettings(), new TestFiles());
    }

    /** The text of the label {@code id}. */
    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}

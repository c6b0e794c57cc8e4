package backproplab.app;

import backproplab.app.kit.IndexedText;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.app.stepping.NetworkView;
import backproplab.engine.Parameter;
import backproplab.setup.Session;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** For window tests: the window on the notes' example, and what a label on it says. */
final class Classroom {
    private Classroom() {}

    /** The main window on the notes' example, preferences in memory, files answered by a {@link TestFiles}. */
    static MainView show(Stage stage) {
        return show(stage, new DisplaySettings());
    }

    /** As above, with the display settings the test changes. */
    static MainView show(Stage stage, DisplaySettings display) {
        return BackpropLabApp.show(stage, new SessionModel(Session.classroom()), display, new TestFiles());
    }

    /** The classroom's projector: the window at 1366 × 768, text 21. */
    static void projector(FxRobot robot, Stage stage, DisplaySettings display) {
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            display.textSizeProperty().set(21);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Where on screen the pointer is over edge W^(k)_ij of the network on screen, k, i and j 1-based as
     * in the notes (j = 0: the bias edge b^(k)_i): a point on it away from the units and crossings.
     */
    static Point2D edge(MainView view, int k, int i, int j) {
        NetworkView network = view.networkView();
        Parameter p = j == 0 ? Parameter.bias(k, i - 1) : Parameter.weight(k, i - 1, j - 1);
        return network.localToScreen(network.edgeSpot(p));
    }

    /** The OK button of the dialog open (a picture's size, say). */
    static Node ok(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Button b && "OK".equals(b.getText())).query();
    }

    /** The text of the label {@code id}. */
    static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof IndexedText t ? t.getText() : ((Label) node).getText();
    }
}

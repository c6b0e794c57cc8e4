package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.setup.Preset;
import backproplab.setup.Session;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A student opens Explain: the notes' names for the app's numbers, and the cost of backprop counted for the net on screen. */
@ExtendWith(ApplicationExtension.class)
class ExplainWindowsTest {
    @Start
    void start(Stage stage) {
        BackpropLabApp.show(stage, new SessionModel(Session.classroom()), new DisplaySettings(), new TestFiles());
    }

    private static String all(FxRobot robot, String styleClass) {
        StringBuilder sb = new StringBuilder();
        for (Node n : robot.lookup("." + styleClass).queryAll()) sb.append(((Label) n).getText()).append('\n');
        return sb.toString();
    }

    @Test
    void theNotesBridgeNamesUAndExplainsTheSignAndTheBias(FxRobot robot) {
        robot.clickOn("#explain-menu").clickOn("#explain-notes");
        WaitForAsyncUtils.waitForFxEvents();
        String names = all(robot, "bridge-name");
        assertTrue(names.contains("the notes' U is W⁽²⁾ (2 → 1)"), names);
        assertTrue(names.contains("∂J/∂s + ∂J/∂s_c = −1 + 1 = 0"), names);
        assertTrue(names.contains("−1 for the true window and +1 for the corrupt one"), names);
        assertTrue(all(robot, "bridge-correction").contains("(the notes print a⁽²⁾₄)"));
    }

    @Test
    void theCostIsCountedForTheNetworkOnScreenAndFollowsIt(FxRobot robot) {
        robot.clickOn("#explain-menu").clickOn("#explain-cost");
        WaitForAsyncUtils.waitForFxEvents();
        String now = robot.lookup("#cost-now").queryAs(Label.class).getText();
        assertTrue(now.contains("4-2-1 network") && now.contains(": 15 multiplications") && now.contains(", 43 by following every path"), now);
        robot.interact(() -> robot.lookup("#preset").queryAs(ChoiceBox.class).setValue(Preset.WINDOW));
        WaitForAsyncUtils.waitForFxEvents();
        now = robot.lookup("#cost-now").queryAs(Label.class).getText();
        assertTrue(now.contains("20-8-1 network") && now.contains(": 185 multiplications"), "the window follows the lesson: " + now);
    }

    /**
     * An Explain window is sized to its content: the notes' paragraphs in lines of at most 56 ems, the
     * whole text in view without scrolling, and never larger than the main window.
     */
    @Test
    void anExplainWindowIsSizedToItsContent(FxRobot robot) {
        robot.clickOn("#explain-menu").clickOn("#explain-notes");
        WaitForAsyncUtils.waitForFxEvents();
        Node root = robot.lookup("#notes-window").query();
        Window notes = root.getScene().getWindow(), main = robot.lookup("#network-scroll").query().getScene().getWindow();
        double em = 15;
        assertTrue(notes.getWidth() <= 56 * em + 3 * em && notes.getWidth() <= main.getWidth(), "width " + notes.getWidth());
        assertTrue(notes.getWidth() >= 40 * em, "the text's lines are long enough to read: " + notes.getWidth());
        ScrollPane scroll = (ScrollPane) root.getScene().getRoot();
        assertTrue(scroll.getViewportBounds().getHeight() >= root.getLayoutBounds().getHeight() - 1 || notes.getHeight() >= main.getHeight() - 1,
                "all of it in view, or as tall as the main window: " + scroll.getViewportBounds() + " for " + root.getLayoutBounds());
        assertTrue(notes.getHeight() < main.getHeight(), "the notes are shorter than a window: no empty space under them");
    }

    @Test
    void escAndCtrlWCloseAnExplainWindow(FxRobot robot) {
        robot.clickOn("#explain-menu").clickOn("#explain-notes");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#notes-window").tryQuery().isPresent());
        robot.clickOn("#notes-window").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#notes-window").tryQuery().isEmpty(), "Esc closes it");

        robot.clickOn("#explain-menu").clickOn("#explain-cost");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#cost-window").press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#cost-window").tryQuery().isEmpty(), "Ctrl + W closes it");
    }
}

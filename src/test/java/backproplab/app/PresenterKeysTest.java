package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.setup.Session;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A presenter's clicker sends PageDown / PageUp; B blanks the network for questions; F11 fills the screen. */
@ExtendWith(ApplicationExtension.class)
class PresenterKeysTest {
    private Stage stage;

    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = BackpropLabApp.show(stage, new SessionModel(Session.classroom()), new DisplaySettings(), new TestFiles());
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    @Test
    void pageKeysStepBlankPausesAndF11FillsTheScreen(FxRobot robot) {
        robot.type(KeyCode.PAGE_DOWN, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 3 of 19 · Forward pass: true window", status(robot));
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 2 of 19 · Forward pass: true window", status(robot));

        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#blank").query().isVisible(), "the network is hidden for questions");
        assertFalse(robot.lookup("#formula-area").query().isVisible(), "and the formula");
        assertEquals("Step 2 of 19 · Forward pass: true window", status(robot), "the lesson stays where it was");
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.RIGHT).type(KeyCode.N); // a clicker pressed while the class talks
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 2 of 19 · Forward pass: true window", status(robot), "no key steps on while blanked");
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#blank").query().isVisible());
        assertTrue(robot.lookup("#formula-area").query().isVisible());

        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen());
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen());
    }

    /** The current unit's centre on screen, and the middle of the network's view. */
    private static Point2D[] currentAndMiddle(FxRobot robot) {
        Node current = robot.lookup(".unit").match((Node n) ->
                n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("current"))).query();
        var unit = current.localToScreen(current.getBoundsInLocal());
        ScrollPane scroll = robot.lookup("#network-scroll").queryAs(ScrollPane.class);
        var viewport = scroll.lookup(".viewport");
        var middle = viewport.localToScreen(viewport.getBoundsInLocal());
        return new Point2D[] {
            new Point2D(unit.getCenterX(), unit.getCenterY()),
            new Point2D(middle.getCenterX(), middle.getCenterY())};
    }

    @Test
    void focusZoomKeepsTheCurrentUnitLargeAndInTheMiddle(FxRobot robot) {
        robot.type(KeyCode.RIGHT, 6); // the output unit, at the network's right edge
        WaitForAsyncUtils.waitForFxEvents();
        double before = robot.lookup(".unit").match((Node n) -> n.getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("current"))).queryAs(Circle.class).getRadius();
        var at = currentAndMiddle(robot);
        assertTrue(at[0].distance(at[1]) > 100, "without focus zoom the output unit is near the right edge");

        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        var zoomed = robot.lookup(".unit").match((Node n) -> n.getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("current"))).queryAs(Circle.class);
        double onScreen = zoomed.localToScreen(zoomed.getBoundsInLocal()).getWidth() / 2;
        assertTrue(onScreen > 1.8 * before, "large: " + onScreen + " px against " + before);
        at = currentAndMiddle(robot);
        assertTrue(at[0].distance(at[1]) < 6, "centred: " + at[0] + " against " + at[1]);

        robot.type(KeyCode.RIGHT, 6); // on into the backward pass: a hidden unit
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        at = currentAndMiddle(robot);
        assertTrue(at[0].distance(at[1]) < 6, "still centred as the steps go: " + at[0] + " against " + at[1]);

        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, view.networkView().getScaleX(), 0.0, "F again: the whole network");
    }

    @Test
    void theClickerGoesOnToTheNextExampleAndBackToTheUpdate(FxRobot robot) {
        robot.type(KeyCode.ENTER); // the example's last step, its update
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 19 of 19 · Update", status(robot));
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.lessonModel().exampleIndexProperty().get(), "on to example 2");
        assertTrue(status(robot).startsWith("Step 1 of ") && status(robot).endsWith(" · Next example (N), from the weights the last update left"),
                status(robot));
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 2 of " + view.lessonModel().walkthrough().size() + " · Forward pass: true window", status(robot), "the notice goes");
        robot.type(KeyCode.PAGE_UP).type(KeyCode.PAGE_UP); // back to the first step, then back across the example
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, view.lessonModel().exampleIndexProperty().get(), "back to example 1");
        assertEquals("Step 19 of 19 · Update · Back to the previous example's update", status(robot));
    }
}

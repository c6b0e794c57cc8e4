package backproplab.app;

import static backproplab.app.Reveal.reveal;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.engine.Parameter;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The update step explains any parameter of its layer with the optimizer's state; the hover cards carry it too. */
@ExtendWith(ApplicationExtension.class)
class OptimizerStateViewTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        view = Classroom.show(stage);
    }

    private static String formula(FxRobot robot) {
        return robot.lookup("#formula-plain").queryAs(Label.class).getText();
    }

    /** Whether W^(2)_1j's edge is marked as the parameter the update formula explains (j 1-based). */
    private boolean chosen(int j) {
        return Parameter.weight(2, 0, j - 1).equals(view.networkView().chosenEdge());
    }

    @Test
    void upAndDownAndAClickMoveTheUpdatesFocusWithAdamsState(FxRobot robot) {
        reveal(robot, "#optimizer-adam");
        robot.clickOn("#optimizer-adam");
        robot.clickOn("#network-scroll");
        robot.type(KeyCode.ENTER); // the whole example: the last step updates W^(2)
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(formula(robot).startsWith("Adam, fan-in scaling off: rate α_t = 0.0100: W^(2)_11: "), formula(robot));
        assertTrue(formula(robot).contains("; m 0.0000 → ") && formula(robot).contains(", m^ = "), formula(robot));
        assertTrue(chosen(1));

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(formula(robot).contains(": W^(2)_12: "), formula(robot));
        assertTrue(chosen(2));
        assertFalse(chosen(1));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(formula(robot).contains(": b^(2)_1: "), "then the bias: " + formula(robot));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(formula(robot).contains(": W^(2)_11: "), "and round again: " + formula(robot));
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(formula(robot).contains(": b^(2)_1: "), formula(robot));

        robot.clickOn(Classroom.edge(view, 2, 1, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(formula(robot).contains(": W^(2)_12: "), "a click on the layer's edge: " + formula(robot));
        assertFalse(robot.lookup("#story-view").query().isVisible(), "at the update a click explains the update, not the gradient's story");

        robot.moveTo(Classroom.edge(view, 1, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        String card = view.networkView().hoverText();
        assertTrue(card.contains("Adam at update t = 0 (fan-in scaling off: rate α_t = 0.0100)"), card);
        assertTrue(card.contains("\nm: 0.0000 → ") && card.contains("\nm^ = ") && card.contains("effective learning rate"), card);
    }
}

package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.setup.Session;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BackpropLabApp.show(stage, new SessionModel(Session.classroom()), new DisplaySettings(), new TestFiles());
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
        assertEquals("Step 2 of 19 · Forward pass: true window", status(robot), "the lesson stays where it was");
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#blank").query().isVisible());

        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen());
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen());
    }
}

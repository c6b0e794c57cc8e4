package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.curves.CurvesModel;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.app.session.UserPreferences;
import backproplab.setup.Session;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A first-time student sees what to press and what the two windows are; the hint goes for good at
 * the first step or when closed, and File → Reset preferences brings it back.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunHintTest {
    private final UserPreferences preferences = UserPreferences.inMemory();
    private MainView view;

    @Start
    void start(Stage stage) {
        SessionModel session = new SessionModel(Session.classroom());
        view = BackpropLabApp.show(stage, session, new CurvesModel(session), new DisplaySettings(), new TestFiles(), preferences,
                BackpropLabApp.WIDTH, BackpropLabApp.HEIGHT);
    }

    private boolean hintShown(FxRobot robot) {
        return robot.lookup("#first-run-hint").query().isVisible();
    }

    @Test
    void theHintSaysWhatToPressAndGoesAtTheFirstStepForGood(FxRobot robot) {
        assertTrue(hintShown(robot), "shown on the first run");
        String text = robot.lookup("#first-run-hint-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Press → or Space") && text.contains("a true window") && text.contains("a corrupt one"), text);
        Node hint = robot.lookup("#first-run-hint").query();
        Bounds at = hint.localToScene(hint.getBoundsInLocal());
        for (String units : List.of(".unit", ".input-unit")) {
            for (Node u : robot.lookup(units).queryAll()) assertFalse(at.intersects(u.localToScene(u.getBoundsInLocal())), "over " + u.getId());
        }
        robot.clickOn("#network-scroll").type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.lessonModel().index(), "the click went through to the network, and → stepped");
        assertFalse(hintShown(robot), "gone once used");
        assertTrue(preferences.hintSeenProperty().get(), "and remembered for the next run");

        robot.clickOn("File").clickOn("Reset preferences");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hintShown(robot), "Reset preferences brings it back");
        robot.clickOn("#first-run-hint-close");
        assertFalse(hintShown(robot), "Got it closes it");
        assertEquals(1, view.lessonModel().index(), "without a step");
    }

    @Test
    void theQuizTheKeyOrTheFocusZoomAlsoTellItTheKeysWereFound(FxRobot robot) {
        for (KeyCode key : new KeyCode[] {KeyCode.Q, KeyCode.K, KeyCode.F}) {
            robot.interact(() -> preferences.hintSeenProperty().set(false));
            assertTrue(hintShown(robot));
            robot.clickOn("#network-scroll").type(key);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(hintShown(robot), key + " used: the hint goes");
            assertEquals(0, view.lessonModel().index(), "without a step");
            robot.type(key); // and back as it was
        }
    }
}

package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.kit.FunctionPlot;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The activation plot shows where the units' z lie; saturated and dead units are flagged on the network, with why. */
@ExtendWith(ApplicationExtension.class)
class ActivationsInActionTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        view = Classroom.show(stage);
    }

    private static boolean flagged(FxRobot robot, String unit, String flag) {
        return robot.lookup(unit).query().getPseudoClassStates().contains(PseudoClass.getPseudoClass(flag));
    }

    private void open(FxRobot robot, String scenario) throws Exception {
        Path file = Path.of(getClass().getResource("/scenarios/" + scenario).toURI());
        robot.interact(() -> view.fileActions().openFile(file));
        Await.untilOpened(robot);
    }

    @Test
    void theSigmoidPlotMarksTheHiddenUnitsZAsTheyAreComputed(FxRobot robot) {
        robot.clickOn("#network-scroll");
        robot.type(KeyCode.RIGHT, 2); // z^(2)_1 and z^(2)_2 of the true window
        WaitForAsyncUtils.waitForFxEvents();
        var state = view.lessonModel().currentStep().state();
        assertArrayEquals(new double[] {state.z(0, 2, 0), state.z(0, 2, 1)},
                robot.lookup("#plot-sigmoid").queryAs(FunctionPlot.class).marks(), 0.0, "the engine's z, on the chosen activation");
        assertEquals(0, robot.lookup("#plot-tanh").queryAs(FunctionPlot.class).marks().length, "not on the others");
    }

    @Test
    void aDeadReluAndASaturatedSigmoidAreFlaggedAndExplained(FxRobot robot) throws Exception {
        open(robot, "relu-dead.json"); // b^(1)_1 = −10: z^(2)_1 < 0 on every example
        robot.clickOn("#network-scroll");
        assertTrue(flagged(robot, "#unit-2-1", "dead"));
        assertFalse(flagged(robot, "#unit-2-2", "dead"));
        robot.type(KeyCode.N, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(flagged(robot, "#unit-2-1", "dead"), "still dead after more examples");
        robot.moveTo("#unit-2-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.networkView().hoverText().contains("Dead: z ≤ 0 on every example so far"), view.networkView().hoverText());

        open(robot, "sigmoid-saturated.json"); // b^(1)_1 = +10: σ'(z) ≈ 0
        robot.clickOn("#network-scroll");
        assertFalse(flagged(robot, "#unit-2-1", "saturated"), "f' is not computed before its step");
        robot.type(KeyCode.RIGHT, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(flagged(robot, "#unit-2-1", "saturated"));
        assertFalse(flagged(robot, "#unit-2-2", "saturated"));
        robot.moveTo("#unit-2-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.networkView().hoverText().contains("Saturated: f'(z) = 3.3087e-05 is almost 0"), view.networkView().hoverText());
    }
}

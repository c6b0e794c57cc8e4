package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.engine.GradientCheck;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Explain → Check the gradients: a student checks backprop against central differences, and sees why a kink differs. */
@ExtendWith(ApplicationExtension.class)
class GradientCheckViewTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        view = Classroom.show(stage);
    }

    @SuppressWarnings("unchecked")
    /** The text the table shows in column {@code title} of row {@code row}. */
    private static String cell(FxRobot robot, String title, int row) {
        TableView<?> table = robot.lookup("#gradient-check-table").queryAs(TableView.class);
        return table.getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow()
                .getCellObservableValue(row).getValue().toString();
    }

    private static List<GradientCheck.Entry> rows(FxRobot robot) {
        return robot.lookup("#gradient-check-table").queryAs(TableView.class).getItems();
    }

    @Test
    void theClassroomExamplePassesAndACoarseHFails(FxRobot robot) {
        robot.clickOn("Explain").clickOn("Check the gradients…");
        assertEquals("All 13 parameters pass: backprop's gradient is the slope of J.", Classroom.text(robot, "#gradient-check-summary"));
        assertEquals(13, rows(robot).size());
        assertTrue(Classroom.text(robot, "#gradient-check-heading").startsWith("Gradient check · example 1, before its update"));

        robot.doubleClickOn("#gradient-h").eraseText(12).write("abc");
        assertTrue(robot.lookup("#gradient-h-message").queryAs(Label.class).isVisible(), "a letter is named under the field");
        robot.doubleClickOn("#gradient-h").eraseText(12).write("0.1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Classroom.text(robot, "#gradient-check-summary").contains("fail: with h = 0.1 the difference is not the slope"),
                Classroom.text(robot, "#gradient-check-summary"));
        assertTrue(rows(robot).get(0).failed());
        assertTrue(rows(robot).get(0).relativeError() >= rows(robot).get(12).relativeError(), "the worst first");
    }

    @Test
    void aReluAtItsCornerIsMarkedWithTheReason(FxRobot robot) throws Exception {
        Path kink = Path.of(getClass().getResource("/scenarios/relu-kink.json").toURI());
        robot.interact(() -> view.fileActions().openFile(kink)); // W^(1) row 1 = [0, 0, 1, −1]: paris's z^(2)_1 = 0 exactly
        Await.untilOpened(robot);
        robot.clickOn("Explain").clickOn("Check the gradients…");
        assertEquals("8 of 13 parameters pass; 5 differ at a kink, as they should (below).", Classroom.text(robot, "#gradient-check-summary"));
        assertEquals("⚠ kink: expected", cell(robot, "result", 0), "the first row's result, as the table shows it");
        assertEquals("W⁽¹⁾₁₁, W⁽¹⁾₁₂, W⁽¹⁾₁₃, W⁽¹⁾₁₄, b⁽¹⁾₁: ±h moves z⁽²⁾₁ of the true window (0.0000 here) across ReLU's corner at 0: "
                + "the slope differs on each side of the corner, so the central difference averages the two.",
                Classroom.text(robot, "#gradient-check-kinks"));
        assertEquals("W⁽¹⁾₁₁", cell(robot, "parameter", 0), "names as typeset, not W^(1)_11");

        robot.interact(() -> view.lessonModel().nextExample()); // the window follows the lesson
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Classroom.text(robot, "#gradient-check-heading").startsWith("Gradient check · example 2"), Classroom.text(robot, "#gradient-check-heading"));
    }

    private void open(FxRobot robot, String scenario) throws Exception {
        Path file = Path.of(getClass().getResource("/scenarios/" + scenario).toURI());
        robot.interact(() -> view.fileActions().openFile(file));
        Await.untilOpened(robot);
        robot.clickOn("Explain").clickOn("Check the gradients…");
    }

    @Test
    void aCoarseHFailsWhereNoCornerIsCrossedAndNamesTheCornerItCrosses(FxRobot robot) throws Exception {
        open(robot, "kink-relu-431.json"); // z^(2)_1 = 0 exactly in the true window, z^(2)_3 = 0.03 in both
        robot.doubleClickOn("#gradient-h").eraseText(12).write("0.1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("9 of 19 parameters fail, 10 differ at a kink: with h = 0.1 the difference is not the slope — try another h.",
                Classroom.text(robot, "#gradient-check-summary"));
        assertEquals("W⁽¹⁾₁₁, W⁽¹⁾₁₂, W⁽¹⁾₁₃, W⁽¹⁾₁₄, b⁽¹⁾₁: ±h moves z⁽²⁾₁ of the true window (0.0000 here) across ReLU's corner at 0: "
                + "the slope differs on each side of the corner, so the central difference averages the two.\n"
                + "W⁽¹⁾₃₁, W⁽¹⁾₃₂, W⁽¹⁾₃₃, W⁽¹⁾₃₄, b⁽¹⁾₃: ±h moves z⁽²⁾₃ of the true window (0.0300 here) across ReLU's corner at 0 and "
                + "z⁽²⁾₃ of the corrupt window (0.0300 here) across ReLU's corner at 0: the slope differs on each side of a corner, "
                + "so the central difference averages the two.", Classroom.text(robot, "#gradient-check-kinks"),
                "z⁽²⁾₂ and the output weights cross nothing: they fail");
    }

    @Test
    void theHingeIsBlamedWhereTheHardTanhCornerDoesNotMove(FxRobot robot) throws Exception {
        open(robot, "kink-hardtanh-hinge.json"); // z^(2)_1 = 1 exactly in both windows; Δ + s_c − s = 0 exactly
        assertEquals("10 of 13 parameters pass; 3 differ at a kink, as they should (below).", Classroom.text(robot, "#gradient-check-summary"));
        assertEquals("W⁽¹⁾₁₃: ±h moves z⁽²⁾₁ of the true window (1.0000 here) across hard tanh's corner at +1, z⁽²⁾₁ of the corrupt window "
                + "(1.0000 here) across hard tanh's corner at +1 and the hinge Δ + s_c − s (0.0000 here) across 0: the slope differs on each "
                + "side of a corner, so the central difference averages the two.\n"
                + "W⁽¹⁾₂₃, W⁽²⁾₁₂: ±h moves the hinge Δ + s_c − s (0.0000 here) across 0: the slope differs on each side of the corner, "
                + "so the central difference averages the two.", Classroom.text(robot, "#gradient-check-kinks"),
                "W⁽¹⁾₂₃ and W⁽²⁾₁₂ do not feed z⁽²⁾₁: the hinge alone");
    }
}

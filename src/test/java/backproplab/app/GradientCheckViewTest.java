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
        assertTrue(Classroom.text(robot, "#gradient-check-kinks").startsWith("W^(1)_11, W^(1)_12, W^(1)_13, W^(1)_14, b^(1)_1: "
                + "z^(2)_1 of the true window = 0.0 lies within h of ReLU's corner at 0"), Classroom.text(robot, "#gradient-check-kinks"));

        robot.interact(() -> view.lessonModel().nextExample()); // the window follows the lesson
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Classroom.text(robot, "#gradient-check-heading").startsWith("Gradient check · example 2"), Classroom.text(robot, "#gradient-check-heading"));
    }
}

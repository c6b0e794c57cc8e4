package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.walkthrough.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Check my calculation: the class types each number before it is shown, from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class QuizTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        view = Classroom.show(stage);
    }

    /** The number the next step will show, as the engine computed it, at 4 decimals. */
    private String next(int pass, int k, int i) {
        var w = view.lessonModel().walkthrough();
        return new Decimals(4).format(w.step(view.lessonModel().index() + 1).state().z(pass, k, i));
    }

    /** The weights into unit {@code unit} of layer 2 and its bias, as the edge labels write them. */
    private List<String> weightsInto(int unit) {
        var state = view.lessonModel().currentStep().state();
        Decimals d = new Decimals(4);
        List<String> texts = new ArrayList<>();
        for (int j = 0; j < 4; j++) texts.add(d.format(state.weight(1, unit - 1, j)));
        texts.add("b = " + d.format(state.bias(1, unit - 1)));
        return texts;
    }

    private static List<String> edgeLabels(FxRobot robot) {
        return robot.lookup(".edge-label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void aRightAnswerIsTickedAWrongOneShowsBothAndTypingNeverSteps(FxRobot robot) {
        robot.clickOn("#network-scroll");
        robot.type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#quiz-bar").query().isVisible());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("z^(2)_1 = ?", Classroom.text(robot, "#quiz-question"));
        assertEquals("Step 1 of 19 · Inputs", Classroom.text(robot, "#status"), "nothing is revealed before the answer");

        String z1 = next(0, 2, 0);
        robot.write("abc").type(KeyCode.ENTER);
        assertTrue(Classroom.text(robot, "#quiz-verdict").startsWith("Type a number for z^(2)_1"), Classroom.text(robot, "#quiz-verdict"));
        robot.eraseText(3).write("nrp").type(KeyCode.RIGHT); // letters and arrows are the field's: no stepping
        assertEquals("Step 1 of 19 · Inputs", Classroom.text(robot, "#status"));
        robot.eraseText(3).write(z1).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✓ z^(2)_1 = " + z1, Classroom.text(robot, "#quiz-verdict"));
        assertEquals("Step 2 of 19 · Forward pass: true window", Classroom.text(robot, "#status"));

        robot.type(KeyCode.RIGHT); // the keys are back on the network
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("z^(2)_2 = ?", Classroom.text(robot, "#quiz-question"));
        assertEquals(weightsInto(2), edgeLabels(robot), "the edges into unit 2 carry their weights while the class computes z^(2)_2");
        String z2 = next(0, 2, 1);
        String wrong = new BigDecimal(z2).add(new BigDecimal("0.0001")).toPlainString();
        robot.write(wrong).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("✗ you typed " + wrong + ", the step gives z^(2)_2 = " + z2 + " — the formula above, with the numbers "
                + "substituted, shows where they part", Classroom.text(robot, "#quiz-verdict"));
        assertTrue(Classroom.text(robot, "#formula-plain").startsWith("z^(2)_2 = "), "the substituted formula is on screen");

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE); // show me
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Classroom.text(robot, "#quiz-verdict").startsWith("Shown: z^(3)_1 = "), Classroom.text(robot, "#quiz-verdict"));
        assertEquals("Example 1: 1 of 2 right, 1 shown", Classroom.text(robot, "#quiz-score"), "shown is skipped, not wrong");

        robot.type(KeyCode.ENTER); // the teacher runs to the update: the summary says what went wrong
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Example 1: 1 of 2 right, 1 shown · z's: 1 of 2, 1 shown — check the products W·a and the bias",
                Classroom.text(robot, "#quiz-score"));
    }
}

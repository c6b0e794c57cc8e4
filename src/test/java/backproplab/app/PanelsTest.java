package backproplab.app;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.engine.Loss;
import backproplab.engine.Activation;
import backproplab.engine.Parameter;
import backproplab.setup.Preset;
import backproplab.setup.Session;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side panels: bad input is refused where it is typed, changes restart the example, Ctrl+Z undoes them. */
@ExtendWith(ApplicationExtension.class)
class PanelsTest {
    private SessionModel model;
    private MainView view;

    @Start
    void start(Stage stage) {
        model = new SessionModel(Session.classroom());
        view = BackpropLabApp.show(stage, model, new DisplaySettings(), new TestFiles());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).query().isVisible();
    }

    @Test
    void badLearningRateIsRefusedAtTheFieldAndNothingChanges(FxRobot robot) {
        robot.type(KeyCode.RIGHT, 3);
        Reveal.reveal(robot, "#lr-sgd");
        robot.doubleClickOn("#lr-sgd").eraseText(6).write("-0.5");
        assertTrue(visible(robot, "#lr-sgd-message"));
        assertEquals("The learning rate must not be negative.", text(robot, "#lr-sgd-message"));
        robot.type(KeyCode.ENTER);
        assertEquals(0.1, model.setup().lesson().optimizer().learningRate(), 0.0, "nothing applied");
        robot.eraseText(6).write("abc");
        assertEquals("'abc' is not a number.", text(robot, "#lr-sgd-message"));
        robot.eraseText(6).write("0.5");
        assertFalse(visible(robot, "#lr-sgd-message"));
        assertEquals("Step 4 of 19 · Forward pass: true window", text(robot, "#status"), "the view kept its place while typing");
        robot.type(KeyCode.ENTER);
        assertEquals(0.5, model.setup().lesson().optimizer().learningRate(), 0.0);
        assertEquals("Step 1 of 19 · Inputs", text(robot, "#status"), "a change restarts the example");
    }

    @Test
    void aLearningRateSoLargeTheNumbersOverflowIsSaidPlainly(FxRobot robot) {
        assertFalse(visible(robot, "#overflow-warning"));
        // Squared error is unbounded; the max-margin hinge never overflows, even at α = 1e308.
        robot.clickOn("#loss").clickOn("squared error");
        Reveal.reveal(robot, "#lr-sgd");
        robot.doubleClickOn("#lr-sgd").eraseText(6).write("1e308").type(KeyCode.ENTER);
        assertEquals(1e308, model.setup().lesson().optimizer().learningRate(), 0.0);
        robot.clickOn("#next-example");
        assertTrue(visible(robot, "#overflow-warning"), "the second example starts from overflowing weights");
        robot.clickOn("#network-scroll"); // leave the field: there Ctrl + Z undoes the typing
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(visible(robot, "#overflow-warning"), "undo brings back the previous learning rate and numbers");
        assertEquals(0.1, model.setup().lesson().optimizer().learningRate(), 0.0);
        assertTrue(model.setup().loss() == Loss.Kind.SQUARED_ERROR);
    }

    @Test
    void customLayerSizesAreCheckedAsTyped(FxRobot robot) {
        robot.clickOn("#preset").clickOn(Preset.CUSTOM.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4-3-3-1", model.setup().lesson().shape());
        robot.doubleClickOn("#layers").eraseText(10).write("4-x-1");
        assertEquals("'x' is not a number of units; type sizes like 4-3-3-1.", text(robot, "#layers-message"));
        robot.type(KeyCode.ENTER);
        assertEquals("4-3-3-1", model.setup().lesson().shape(), "nothing applied");
        robot.eraseText(10).write("4-3-0-1");
        assertEquals("layer 3 has 0 units, expected 1 to 512.", text(robot, "#layers-message"));
        robot.eraseText(10).write("4-100-1");
        assertEquals("layer 2 has 100 units; the stepping view draws up to 64 per layer.", text(robot, "#layers-message"));
        robot.eraseText(10).write("12-5-1");
        assertFalse(visible(robot, "#layers-message"));
        robot.type(KeyCode.ENTER);
        assertEquals("12-5-1", model.setup().lesson().shape());
        assertEquals(3, model.setup().lesson().windowSize(), "12 inputs read a 3-word window");
        String input = text(robot, "#unit-label-1-12");
        assertTrue(input.matches("-?\\d\\.\\d{4}"), "12 inputs are labelled compactly: " + input);
    }

    /**
     * The largest network the stepping view draws, 16,704 weights: its edges are a few shapes (one node
     * per edge made the window's style pass take seconds), and an edge can still be pointed at.
     */
    @Test
    void theLargestNetworkIsDrawnWithAFewEdgeShapesAndItsEdgesAnswerThePointer(FxRobot robot) {
        robot.clickOn("#preset").clickOn(Preset.CUSTOM.toString());
        robot.doubleClickOn("#layers").eraseText(10).write("4-64-64-64-64-64-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4-64-64-64-64-64-1", model.setup().lesson().shape());
        long shapes = robot.lookup(".edge").queryAll().size();
        assertTrue(shapes > 1 && shapes < 200, "the edges' shapes: " + shapes);
        // Where 4,096 edges cross between two layers of 64 no pointer can tell them apart; into the output it can.
        for (Parameter p : List.of(Parameter.weight(6, 0, 0), Parameter.weight(6, 0, 31), Parameter.weight(6, 0, 63), Parameter.bias(6, 0))) {
            robot.moveTo(Classroom.edge(view, p.layer(), p.row() + 1, p.column() + 1));
            WaitForAsyncUtils.waitForFxEvents();
            String card = view.networkView().hoverText();
            assertTrue(card != null && card.startsWith(p.unicode() + " = "), p.name() + ": " + card);
        }
        robot.moveTo("#unit-4-10");
        WaitForAsyncUtils.waitForFxEvents();
        String unit = view.networkView().hoverText();
        assertTrue(unit != null && unit.startsWith("Unit 10 of layer 4 "), "over a unit its card, not an edge's: " + unit);
    }

    @Test
    void choosingAnActivationRestartsAndCtrlZGoesBack(FxRobot robot) {
        robot.type(KeyCode.RIGHT, 2);
        String before = text(robot, "#unit-label-2-2");
        assertTrue(before.startsWith("z = "), before);
        robot.clickOn("#activation-tanh");
        assertEquals(Activation.TANH, model.setup().hidden());
        assertEquals("Step 1 of 19 · Inputs", text(robot, "#status"));
        robot.type(KeyCode.RIGHT, 2);
        assertFalse(before.equals(text(robot, "#unit-label-2-2")), "tanh gives other values");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Activation.SIGMOID, model.setup().hidden());
        assertTrue(robot.lookup("#activation-sigmoid").queryAs(RadioButton.class).isSelected());
        assertEquals("Step 3 of 19 · Forward pass: true window", text(robot, "#status"));
        assertEquals(before, text(robot, "#unit-label-2-2"), "undo returns to the same place and numbers");
        assertTrue(robot.lookup("#undo").queryAs(Button.class).isDisabled());
    }
}

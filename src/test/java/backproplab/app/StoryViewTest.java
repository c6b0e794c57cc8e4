package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.stepping.NetworkView;
import backproplab.engine.Parameter;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A student asks "why this gradient?" by clicking an edge, steps through the story with the keys, and picks another parameter from the list. */
@ExtendWith(ApplicationExtension.class)
class StoryViewTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        view = Classroom.show(stage);
    }

    private static boolean pseudo(Node n, String name) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(name));
    }

    @Test
    void clickingAnEdgeTellsItsStoryStepByStepAndEndsOnTheGradient(FxRobot robot) {
        robot.type(KeyCode.ENTER); // the whole example, to the update: the hover card shows the gradient
        robot.type(KeyCode.LEFT); // W^(1)'s update: a click on W^(2)'s edges tells their story (at W^(2)'s, it explains the update)
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(Classroom.edge(view, 2, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        String card = view.networkView().hoverText();
        assertTrue(card.endsWith("why this gradient?"), card);
        String prefix = "gradient ∂J/∂W = ";
        String gradient = card.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
        robot.clickOn(Classroom.edge(view, 2, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#story-view").query().isVisible());
        assertFalse(robot.lookup("#formula-title").query().getParent().getParent().isVisible(), "the story takes the formula's place");
        assertEquals("step 1 of 8", Classroom.text(robot, "#story-counter"), "the sign, three steps per window, their sum");
        assertEquals("Which way the error points", Classroom.text(robot, "#story-title"));
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The error at output unit 1 (true window)", Classroom.text(robot, "#story-title"));
        assertEquals("∂J/∂a^(3)_1 = -1.0000", Classroom.text(robot, "#story-plain"));
        assertTrue(pseudo(robot.lookup("#unit-3-1").query(), "current"), "the score is lit");
        for (int i = 0; i < 6; i++) robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("step 8 of 8", Classroom.text(robot, "#story-counter"));
        assertEquals("Both windows together: the gradient the update uses", Classroom.text(robot, "#story-title"));
        assertTrue(Classroom.text(robot, "#story-plain").endsWith("= " + gradient), Classroom.text(robot, "#story-plain") + " vs " + gradient);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#story-view").query().isVisible());
        assertEquals("Step 18 of 19 · Update", Classroom.text(robot, "#status"), "stepping is where it was");
    }

    @Test
    void theKeyboardOpensItAndTheListChoosesABias(FxRobot robot) {
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#story-view").query().isVisible());
        robot.clickOn("#story-parameter").clickOn("b⁽²⁾₁");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("step 1 of 8", Classroom.text(robot, "#story-counter"));
        for (int i = 0; i < 7; i++) robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Classroom.text(robot, "#story-plain").endsWith("= 0.0000"), "the output bias: −1 + 1 = 0 — " + Classroom.text(robot, "#story-plain"));
        robot.clickOn("#story-parameter").clickOn("W⁽¹⁾₁₄");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("step 1 of 12", Classroom.text(robot, "#story-counter"), "the notes' W^(1)_14: the sign, five steps per window, the sum");
    }

    @Test
    void atTheUpdateStepGExplainsTheParameterChosenWithTheArrowsAndDrawsItsPath(FxRobot robot) {
        robot.clickOn("#network-scroll");
        robot.type(KeyCode.ENTER).type(KeyCode.LEFT); // W^(1)'s update, explained for W^(1)_11
        robot.type(KeyCode.DOWN, 3); // W^(1)_12, W^(1)_13, W^(1)_14
        WaitForAsyncUtils.waitForFxEvents();
        Parameter w14 = Parameter.weight(1, 0, 3);
        assertEquals(w14, view.networkView().chosenEdge(), "the update explains W^(1)_14");
        robot.type(KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Parameter> chooser = robot.lookup("#story-parameter").queryComboBox();
        assertEquals(w14, chooser.getValue(), "the story of the parameter chosen, not W^(1)_11");
        assertEquals("W⁽¹⁾₁₄", chooser.getConverter().toString(w14), "named as typeset");
        for (int i = 0; i < 11; i++) robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("step 12 of 12", Classroom.text(robot, "#story-counter"));
        assertEquals(w14, view.networkView().chosenEdge(), "its edge is ringed");
        for (Parameter p : Parameter.all(new int[] {4, 2, 1})) {
            NetworkView.EdgeLook look = view.networkView().edgeLook(p);
            assertTrue(look.width() >= 1, p.name() + " is drawn: " + look);
            assertEquals(p.equals(w14), look.lit(), p.name() + " lit only on the path: " + look);
        }
    }
}

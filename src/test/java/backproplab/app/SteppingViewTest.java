package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.kit.IndexedText;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import backproplab.app.session.SessionModel;
import backproplab.data.WordWindows;
import backproplab.setup.Preset;
import backproplab.setup.Session;
import backproplab.walkthrough.Decimals;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a student does with the stepping view: press → and ←, click Step, Reset and the strip. */
@ExtendWith(ApplicationExtension.class)
class SteppingViewTest {
    private static final WordWindows DATA = WordWindows.bundled();
    private LessonModel model;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = BackpropLabApp.show(stage, new SessionModel(Session.classroom()), new DisplaySettings(), new TestFiles());
        model = view.lessonModel();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void press(FxRobot robot, KeyCode key, int times) {
        for (int i = 0; i < times; i++) robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheNotesExample(FxRobot robot) {
        assertEquals("Backprop Lab", stage.getTitle());
        assertEquals("Step 1 of 19 · Inputs", text(robot, "#status"));
        assertEquals("x = 0.4580", text(robot, "#unit-label-1-1"), "paris, first coordinate");
        assertEquals("z = –\na = –", text(robot, "#unit-label-2-1"), "nothing computed yet");
        assertTrue(text(robot, "#example-info").startsWith("True window:\n  paris\nCorrupt window:\n  museums"));
    }

    @Test
    void arrowKeysStepOneNeuronAtATimeAndBackExactly(FxRobot robot) {
        press(robot, KeyCode.RIGHT, 5);
        assertEquals("Step 6 of 19 · Forward pass: corrupt window", text(robot, "#status"));
        assertEquals("z = 1.0210\na = 0.7352", text(robot, "#unit-label-2-2"));
        String formula = text(robot, "#formula-plain");
        assertTrue(formula.startsWith("z^(2)_2 = 0.4164·1.0010 + (-0.2962)·0.2750 + (-0.7585)·(-0.5940) + 0.6998·0.3360 + 0.0000 = 1.0210"),
                formula);
        String unit = text(robot, "#unit-label-2-1");
        press(robot, KeyCode.RIGHT, 1);
        assertEquals("Step 7 of 19 · Forward pass: corrupt window", text(robot, "#status"));
        press(robot, KeyCode.LEFT, 1);
        assertEquals(formula, text(robot, "#formula-plain"), "stepping back shows exactly what was shown");
        assertEquals(unit, text(robot, "#unit-label-2-1"));
        assertEquals("z = 1.0210\na = 0.7352", text(robot, "#unit-label-2-2"));
    }

    @Test
    void stepButtonResetAndStrip(FxRobot robot) {
        robot.clickOn("#step");
        robot.clickOn("#step");
        assertEquals("Step 3 of 19 · Forward pass: true window", text(robot, "#status"));
        assertTrue(text(robot, "#formula-plain").startsWith("z^(2)_2 = "));
        robot.clickOn("#whole-example");
        assertEquals("Step 19 of 19 · Update", text(robot, "#status"));
        assertTrue(robot.lookup("#step").queryAs(Button.class).isDisabled(), "nothing after the update");
        robot.clickOn("#next-example");
        assertTrue(text(robot, "#example-info").contains("Example 2 of"), text(robot, "#example-info"));
        assertTrue(text(robot, "#example-info").endsWith("Updates before this example: 1"));
        robot.clickOn("#reset");
        assertEquals("Step 1 of 19 · Inputs", text(robot, "#status"));
        assertEquals("x = 0.4580", text(robot, "#unit-label-1-1"));
        assertTrue(text(robot, "#example-info").contains("Example 1 of"));

        Node lossCell = robot.lookup("#step-strip .list-cell").match((Node n) -> "J".equals(((ListCell<?>) n).getText())).query();
        robot.clickOn(lossCell);
        assertEquals("Step 8 of 19 · Loss", text(robot, "#status"));
        assertEquals(7, model.index());
        assertTrue(lossCell.getPseudoClassStates().contains(PseudoClass.getPseudoClass("current")), "the strip marks the step");
        assertEquals("J = max(1.0000 + 0.0192 - (-0.0595), 0) = 1.0786; the hinge is active: ∂J/∂s = -1, ∂J/∂s_c = +1",
                text(robot, "#formula-plain"));
    }

    @Test
    void endOfPhaseAndBackwardShowDeltas(FxRobot robot) {
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT); // end of the inputs "phase": first forward phase end
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Step 4 of 19 · Forward pass: true window", text(robot, "#status"));
        press(robot, KeyCode.RIGHT, 5); // corrupt pass (3), loss, first δ
        assertEquals("Step 9 of 19 · Backward pass", text(robot, "#status"));
        assertTrue(text(robot, "#unit-label-3-1").contains("δ = -1.0000"), text(robot, "#unit-label-3-1"));
        assertTrue(text(robot, "#formula-plain").startsWith("δ^(3)_1 = 1 · ∂J/∂s = 1.0000 · (-1.0000) = -1.0000"),
                text(robot, "#formula-plain"));
    }

    @Test
    void theCaptionSwitchesBetweenTheTwoWindowsAtAStep(FxRobot robot) {
        press(robot, KeyCode.RIGHT, 7); // the loss step, which shows the true window
        assertEquals("Step 8 of 19 · Loss", text(robot, "#status"));
        Button caption = robot.lookup("#pass-caption").queryAs(Button.class);
        assertEquals("Showing the true window: paris   ⇄", caption.getText());
        assertEquals("z = -0.0595\na = -0.0595", text(robot, "#unit-label-3-1"), "s");
        robot.clickOn("#pass-caption");
        assertEquals("Showing the corrupt window: museums   ⇄", caption.getText());
        assertEquals("z = 0.0192\na = 0.0192", text(robot, "#unit-label-3-1"), "s_c");
        robot.clickOn("#network-scroll");
        press(robot, KeyCode.RIGHT, 1); // the first δ of the true window: its own pass again
        assertEquals("Showing the true window: paris   ⇄", caption.getText());
        robot.clickOn("#pass-caption"); // the network shows the other window than the δ under it works with: it says so
        assertEquals("Showing the corrupt window · formula: the true window's   ⇄", caption.getText());
        assertTrue(caption.getPseudoClassStates().contains(PseudoClass.getPseudoClass("other-window")), "marked plainly");
        robot.clickOn("#pass-caption");
        assertEquals("Showing the true window: paris   ⇄", caption.getText());
        assertFalse(caption.getPseudoClassStates().contains(PseudoClass.getPseudoClass("other-window")));
    }

    @Test
    void playStepsOnItsOwnAndPauseStops(FxRobot robot) {
        Button play = robot.lookup("#play").queryAs(Button.class);
        String[] caption = new String[1];
        // Pause is pressed from the third step's own event: the test never races the player, however busy the machine.
        ChangeListener<Number> pauseAtThirdStep = (obs, old, now) -> {
            if (now.intValue() == 1) caption[0] = play.getText();
            if (now.intValue() == 2 && model.playingProperty().get()) play.fire();
        };
        robot.interact(() -> model.indexProperty().addListener(pauseAtThirdStep));
        robot.clickOn("#play");
        Await.until(model.playingProperty().not());
        robot.interact(() -> model.indexProperty().removeListener(pauseAtThirdStep));
        assertEquals("Pause", caption[0], "while it plays, the button pauses");
        assertEquals(2, model.index(), "paused at the step it was pressed on");
        assertEquals("Play", play.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, model.index(), "and stays there");
        robot.interact(() -> model.speedProperty().set(10));
        robot.type(KeyCode.P);
        Await.until(model.playingProperty().not());
        assertEquals("Step 19 of 19 · Update", text(robot, "#status"), "play stops at the end of the example");
    }

    @Test
    void mazurPresetEndsWithThePublishedWeightsAtEightDecimals(FxRobot robot) {
        robot.clickOn("#preset");
        robot.clickOn(Preset.MAZUR.toString());
        robot.clickOn("#decimals").clickOn(robot.lookup(".context-menu")
                .lookup((Node n) -> n instanceof Label l && "8".equals(l.getText())).queryAs(Node.class));
        robot.clickOn("#network-scroll");
        press(robot, KeyCode.ENTER, 1);
        assertTrue(text(robot, "#status").endsWith("· Update"), text(robot, "#status"));
        robot.moveTo(Classroom.edge(view, 2, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        String w5 = view.networkView().hoverText();
        assertTrue(w5 != null && w5.startsWith("W⁽²⁾₁₁ = 0.35891648"), w5);
        robot.moveTo(Classroom.edge(view, 1, 1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        String w1 = view.networkView().hoverText();
        assertTrue(w1 != null && w1.startsWith("W⁽¹⁾₁₁ = 0.14978072"), w1);
        assertTrue(w1.contains("gradient ∂J/∂W = 0.00043857"), w1);
        // one sign for one move: 0.15 → 0.14978072 is a change of −0.00021928, in both lines that give it
        assertTrue(w1.contains("\nlast update ΔW = -0.00021928\n") && w1.contains("\nchange ΔW = −rate·g = -0.00021928\n"), w1);
        robot.moveTo("#unit-2-1");
        WaitForAsyncUtils.waitForFxEvents();
        String unit = view.networkView().hoverText();
        assertTrue(unit.contains("z = 0.37750000") && unit.contains("f'(z) = 0.24130071"), unit);
        assertFalse(text(robot, "#formula-plain").isEmpty());
    }

    @Test
    void anOpenCardFollowsTheStepsUnderAStillPointer(FxRobot robot) {
        robot.clickOn("#network-scroll");
        robot.moveTo(Classroom.edge(view, 1, 1, 3));
        WaitForAsyncUtils.waitForFxEvents();
        Decimals d = new Decimals(4);
        assertTrue(view.networkView().hoverText().contains("gradient ∂J/∂W = " + d.format(Double.NaN) + "\n"), "no gradient before the backward pass");
        robot.type(KeyCode.ENTER); // the whole example, the pointer still on W^(1)_13
        WaitForAsyncUtils.waitForFxEvents();
        String gradient = d.format(model.currentStep().state().weightGradient(1, 0, 2));
        assertTrue(view.networkView().hoverText().contains("gradient ∂J/∂W = " + gradient), view.networkView().hoverText());
    }

    @Test
    void titlesSetTheNotesIndicesAsIndices(FxRobot robot) {
        IndexedText title = robot.lookup("#formula-title").queryAs(IndexedText.class);
        assertEquals("Inputs · The inputs: a^(1) = x and x_c", title.getText(), "the plain notation stays the text, to copy");
        List<Text> runs = title.getChildren().stream().filter(n -> n instanceof Text).map(Text.class::cast).toList();
        assertEquals(List.of("Inputs · The inputs: a", "(1)", " = x and x", "c"), runs.stream().map(Text::getText).toList());
        double size = runs.get(0).getFont().getSize();
        assertTrue(runs.get(1).getTranslateY() < 0 && runs.get(3).getTranslateY() > 0, "(1) raised, c lowered");
        assertTrue(runs.get(1).getFont().getSize() < size && runs.get(3).getFont().getSize() < size, "indices set smaller");
        assertEquals(robot.lookup(".formula-title").queryAs(Label.class).getTextFill(), runs.get(0).getFill(), "the label's colour");
    }
}

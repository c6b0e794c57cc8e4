package backproplab.app;

import static backproplab.app.Reveal.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.kit.SeriesPlot;
import java.util.Arrays;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Explain → Watch a weight: AdaGrad's G only grows, so its effective rate only shrinks, update after update. */
@ExtendWith(ApplicationExtension.class)
class WatchViewTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        view = Classroom.show(stage);
    }

    private static double[] series(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(SeriesPlot.class).values();
    }

    @Test
    void adagradsStepShrinksAsGGrowsAndNAddsAnUpdate(FxRobot robot) {
        reveal(robot, "#optimizer-adagrad");
        robot.clickOn("#optimizer-adagrad");
        robot.clickOn("#network-scroll");
        robot.type(KeyCode.N, 6);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Explain").clickOn("Watch a weight over the updates…");
        assertTrue(robot.lookup("#watch-heading").queryAs(Label.class).getText().startsWith("W⁽¹⁾₁₁ over updates 0 … 6 · AdaGrad"));
        double[] g = series(robot, "#watch-G"), rate = series(robot, "#watch-rate"), value = series(robot, "#watch-value");
        assertEquals(7, g.length, "one point per update, the one on screen included");
        for (int t = 1; t < g.length; t++) {
            assertTrue(g[t] >= g[t - 1], "G only grows: " + Arrays.toString(g));
            assertTrue(rate[t] <= rate[t - 1], "so α / (√G + ε) only shrinks: " + Arrays.toString(rate));
        }
        var first = view.lessonModel().walkthrough(); // the values are the engine's: W before this example's update
        assertEquals(first.step(0).state().weight(1, 0, 0), value[6], 0.0);

        robot.clickOn("#watch-heading").type(KeyCode.N); // N in the watch window itself
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, series(robot, "#watch-G").length, "N adds the next update");
        assertEquals(7, view.lessonModel().updatesProperty().get() - 1, "the lesson moved on: the main window follows");
        assertTrue(robot.lookup("#watch-heading").queryAs(Label.class).getText().startsWith("W⁽¹⁾₁₁ over updates 0 … 7 · AdaGrad"));
    }

    /** At the first example one update exists, the one on screen: the plots hold it alone, not a made-up second. */
    @Test
    void atTheFirstExampleTheSeriesHoldOnlyTheUpdateOnScreen(FxRobot robot) {
        robot.clickOn("#network-scroll");
        robot.clickOn("Explain").clickOn("Watch a weight over the updates…");
        assertTrue(robot.lookup("#watch-heading").queryAs(Label.class).getText().startsWith("W⁽¹⁾₁₁ at update 0, the first · SGD"),
                robot.lookup("#watch-heading").queryAs(Label.class).getText());
        double[] value = series(robot, "#watch-value"), step = series(robot, "#watch-step");
        assertEquals(1, value.length, Arrays.toString(value));
        assertEquals(1, step.length);
        assertEquals(view.lessonModel().walkthrough().step(0).state().weight(1, 0, 0), value[0], 0.0, "W before this example's update");
    }
}

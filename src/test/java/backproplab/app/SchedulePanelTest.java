package backproplab.app;

import static backproplab.app.Reveal.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.kit.SeriesPlot;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.engine.Schedule;
import backproplab.setup.Session;
import backproplab.walkthrough.Decimals;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The schedule plot shows each schedule's shape with the defaults, and the update the stepping view is at. */
@ExtendWith(ApplicationExtension.class)
class SchedulePanelTest {
    private SessionModel session;

    @Start
    void start(Stage stage) {
        session = new SessionModel(Session.classroom());
        BackpropLabApp.show(stage, session, new DisplaySettings(), new TestFiles());
    }

    private static double[] plotted(FxRobot robot) {
        return robot.lookup("#schedule-plot").queryAs(SeriesPlot.class).values();
    }

    @Test
    void everyDefaultScheduleDecaysWithinThePlotAndTheCurrentUpdateIsNamed(FxRobot robot) {
        double[] constant = plotted(robot);
        assertEquals(201, constant.length, "updates 0 … 200");
        assertEquals(constant[0], constant[200], 0.0, "constant stays flat");
        for (Schedule.Kind kind : new Schedule.Kind[] {Schedule.Kind.STEP, Schedule.Kind.EXPONENTIAL, Schedule.Kind.INVERSE}) {
            reveal(robot, "#schedule");
            robot.clickOn("#schedule").clickOn(kind.displayName());
            WaitForAsyncUtils.waitForFxEvents();
            double[] alpha = plotted(robot);
            assertEquals(0.1, alpha[0], 1e-15, kind + " starts at α₀");
            assertTrue(alpha[200] < 0.15 * alpha[0], kind + " decays to " + alpha[200]);
            assertTrue(alpha[100] < alpha[0] && alpha[200] < alpha[100], kind + " falls across the plot, not only at its end");
        }
        String at = robot.lookup("#schedule-at").queryAs(Label.class).getText();
        assertTrue(at.contains("The stepping view is at update t = 0: α_0 = 0.1000"), at);

        robot.clickOn("#network-scroll");
        robot.type(KeyCode.N, 3);
        WaitForAsyncUtils.waitForFxEvents();
        at = robot.lookup("#schedule-at").queryAs(Label.class).getText();
        assertTrue(at.contains("update t = 3: α_3 = " + new Decimals(4).format(0.1 * 20 / Math.max(3, 20))), at);
    }
}

package backproplab.app;

import static backproplab.app.Reveal.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.curves.CurvesModel;
import backproplab.chart.LossChart;
import backproplab.setup.Session;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher compares activations and optimizers: tick, Train, watch, Cancel, Export. */
@ExtendWith(ApplicationExtension.class)
class CurvesViewTest {
    @TempDir static Path dir;
    private final TestFiles files = new TestFiles();
    private CurvesModel curves;
    private SessionModel session;

    @Start
    void start(Stage stage) {
        files.saveTo = dir.resolve("chart.png");
        session = new SessionModel(Session.classroom());
        curves = BackpropLabApp.show(stage, session, new DisplaySettings(), files).curvesModel();
    }

    private static void setField(FxRobot robot, String id, String text) {
        reveal(robot, id);
        robot.doubleClickOn(id).eraseText(12).write(text);
    }

    private void waitUntilDone() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !curves.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void twoActivationsTimesTwoOptimizersGiveFourNamedCurves(FxRobot robot) throws Exception {
        robot.clickOn("#tab-curves");
        reveal(robot, "#compare-tanh");
        robot.clickOn("#compare-tanh").clickOn("#compare-relu"); // sigmoid and tanh; SGD and Adam are ticked by default
        setField(robot, "#epochs", "30");
        robot.clickOn("#train");
        waitUntilDone();
        LossChart chart = curves.chartProperty().get();
        assertEquals("sigmoid · SGD", chart.legend(0));
        assertEquals("sigmoid · Adam", chart.legend(1));
        assertEquals("tanh · SGD", chart.legend(2));
        assertEquals("tanh · Adam", chart.legend(3));
        for (int c = 0; c < 4; c++) assertEquals(30, chart.points(c), "every epoch is on the chart");
        assertEquals(4, curves.curvesProperty().get().size());
        assertEquals("Done: 4 curves, 30 epochs.", text(robot, "#curves-status"));
        assertTrue(chart.chart().getTitle().getText().contains("4-2-1 network · 1-word windows · max-margin loss (Δ = 1) · 30 epochs"));
        // Hovering a line shows "curve: epoch N, loss X": the rendered chart carries those texts.
        org.jfree.chart.fx.ChartViewer viewer = robot.lookup("#loss-chart").queryAs(org.jfree.chart.fx.ChartViewer.class);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Collection<?> entities = viewer.getCanvas().getRenderingInfo().getEntityCollection().getEntities();
        assertTrue(entities.stream().map(o -> ((org.jfree.chart.entity.ChartEntity) o).getToolTipText()).anyMatch(t -> t != null
                && t.matches("tanh · Adam: epoch \\d+, loss \\d\\.\\d{4}")), "hover texts are drawn");
        assertTrue(viewer.getCanvas().isTooltipEnabled());
        robot.clickOn("#log-scale");
        assertTrue(chart.logScale());
    }

    @Test
    void cancelStopsALongRun(FxRobot robot) throws Exception {
        robot.clickOn("#tab-curves");
        setField(robot, "#epochs", "100000");
        robot.clickOn("#train");
        assertTrue(curves.runningProperty().get());
        assertFalse(robot.lookup("#cancel").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#train").queryAs(Button.class).isDisabled(), "one run at a time");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> curves.progressProperty().get() > 0); // some epochs are on the chart
        robot.clickOn("#cancel");
        waitUntilDone();
        LossChart chart = curves.chartProperty().get();
        assertTrue(chart.points(0) > 0 && chart.points(0) < 100_000, "stopped after " + chart.points(0) + " epochs");
        assertEquals("Cancelled. The curves show the epochs that finished.", text(robot, "#curves-status"));
        assertFalse(robot.lookup("#train").queryAs(Button.class).isDisabled());
    }

    @Test
    void aBadValueIsRefusedAtItsFieldAndTrainUsesTheAppliedSetup(FxRobot robot) throws Exception {
        robot.clickOn("#tab-curves");
        setField(robot, "#lr-sgd", "abc");
        assertEquals("'abc' is not a number.", text(robot, "#lr-sgd-message"));
        robot.type(KeyCode.ENTER);
        setField(robot, "#beta1", "1");
        assertEquals("β₁ must be in [0, 1).", text(robot, "#beta1-message"));
        robot.type(KeyCode.ENTER);
        assertEquals(0.1, session.setup().rate(backproplab.engine.OptimizerSettings.Type.SGD), 0.0, "nothing applied");
        assertEquals(0.9, session.setup().hyper().beta1(), 0.0);

        reveal(robot, "#compare-sgd");
        robot.clickOn("#compare-sgd").clickOn("#compare-adam");
        assertTrue(robot.lookup("#train").queryAs(Button.class).isDisabled());
        assertEquals("Tick at least one optimizer to compare.", text(robot, "#train-reason"));
        robot.clickOn("#compare-adam");
        assertFalse(robot.lookup("#train").queryAs(Button.class).isDisabled());
        assertEquals("", text(robot, "#train-reason"));
    }

    @Test
    void aRaceOfSchedulesVariesOnlyTheScheduleForTheSteppingChoice(FxRobot robot) throws Exception {
        robot.clickOn("#tab-curves");
        setField(robot, "#epochs", "5");
        robot.clickOn("#race").clickOn("learning-rate schedules");
        assertEquals("for sigmoid · SGD, all else the same", text(robot, "#race-note"));
        robot.clickOn("#train");
        waitUntilDone();
        LossChart chart = curves.chartProperty().get();
        assertEquals(List.of("constant α", "step (× 0.5 every 50)", "exponential (k = 0.01)", "1/t (τ = 20)"),
                java.util.stream.IntStream.range(0, 4).mapToObj(chart::legend).toList());
        assertTrue(chart.chart().getTitle().getText().endsWith("· sigmoid · SGD (α = 0.1) · racing learning-rate schedules"),
                chart.chart().getTitle().getText());
        assertEquals(backproplab.curves.Race.SCHEDULES, session.setup().curves().race(), "one setting, kept in the session (and a scenario)");
        var trained = curves.curvesProperty().get();
        org.junit.jupiter.api.Assertions.assertNotEquals(trained.get(0).training()[4], trained.get(1).training()[4],
                "by epoch 5 the step schedule has cut α many times over");
    }

    @Test
    void theLossTabIsBuiltWhenFirstShownWithCurvesTrainedBefore(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#loss-chart").tryQuery().isEmpty(), "not built at start: it is not on screen");
        robot.interact(() -> session.edit(b -> b.epochs = 12));
        robot.interact(curves::train); // as Ctrl + T would, before the tab was ever shown
        waitUntilDone();
        robot.clickOn("#tab-curves");
        org.jfree.chart.fx.ChartViewer viewer = robot.lookup("#loss-chart").queryAs(org.jfree.chart.fx.ChartViewer.class);
        org.junit.jupiter.api.Assertions.assertSame(curves.chartProperty().get().chart(), viewer.getChart());
        assertTrue(robot.lookup("#curves-summary").query().isVisible(), "the lowest losses of the curves trained before");
        assertTrue(text(robot, "#curves-status").startsWith("Done"));
    }

    @Test
    void exportWritesAPngOfTheChosenSizeAndAFailureLeavesTheChart(FxRobot robot) throws Exception {
        robot.clickOn("#tab-curves");
        setField(robot, "#epochs", "10");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitUntilDone();
        robot.doubleClickOn("#png-width").eraseText(6).write("1200");
        robot.doubleClickOn("#png-height").eraseText(6).write("700");
        robot.clickOn("#export-png");
        Path exportTo = files.saveTo;
        BufferedImage image = ImageIO.read(exportTo.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(700, image.getHeight());
        assertTrue(backproplab.cli.CurvesCommandTestAccess.colours(image) > 10, "not blank");
        assertTrue(text(robot, "#curves-status").startsWith("Saved " + exportTo));

        assertTrue(robot.lookup("#curves-summary").query().isVisible(), "the lowest losses under the chart");
        robot.clickOn("#copy-summary");
        assertEquals("Copied the table: paste it into a spreadsheet or the lesson's notes.", text(robot, "#curves-status"));
        // the copied text is checked in LossChartTest: reading the clipboard back under Monocle gave nothing

        files.saveTo = dir.resolve("chart.svg"); // the file's ending picks vector graphics
        robot.clickOn("#export-png");
        String svg = Files.readString(files.saveTo);
        assertTrue(svg.contains("<svg") && svg.contains("sigmoid · SGD"), "an SVG with the curves' legend");

        LossChart shown = curves.chartProperty().get();
        exportTo = dir.resolve("no-such-folder/chart.png");
        files.saveTo = exportTo;
        robot.clickOn("#export-png");
        assertTrue(text(robot, "#curves-status").startsWith("Could not save " + exportTo + ": the folder does not exist."),
                text(robot, "#curves-status"));
        assertTrue(curves.chartProperty().get() == shown && shown.points(0) == 10, "the chart is as it was");
        assertFalse(Files.exists(exportTo));
    }

    @Test
    void aDivergingRunIsMarkedAndTheOthersGoOn(FxRobot robot) throws Exception {
        robot.clickOn("#tab-curves");
        reveal(robot, "#loss");
        robot.clickOn("#loss").clickOn("squared error");
        reveal(robot, "#compare-tanh");
        robot.clickOn("#compare-tanh").clickOn("#compare-relu");
        setField(robot, "#lr-sgd", "1");
        setField(robot, "#epochs", "20");
        robot.clickOn("#train");
        waitUntilDone();
        LossChart chart = curves.chartProperty().get();
        assertTrue(chart.legend(2).startsWith("tanh · SGD (diverged at epoch "), chart.legend(2));
        assertEquals(20, chart.points(1), "sigmoid · Adam goes on");
        assertTrue(text(robot, "#curves-status").contains("tanh · SGD (diverged at epoch"), text(robot, "#curves-status"));
    }
}

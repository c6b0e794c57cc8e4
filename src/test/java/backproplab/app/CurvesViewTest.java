package backproplab.app;

import static backproplab.app.Reveal.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.curves.ChartPane;
import backproplab.app.curves.CurvesModel;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.chart.PlotArea;
import backproplab.cli.CurvesCommandTestAccess;
import backproplab.curves.CurveRun;
import backproplab.curves.CurveRunner;
import backproplab.engine.OptimizerSettings;
import backproplab.setup.Race;
import backproplab.setup.Session;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
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
    private final HeldTraining training = new HeldTraining();
    private CurvesModel curves;
    private SessionModel session;

    @Start
    void start(Stage stage) {
        files.saveTo = dir.resolve("chart.png");
        session = new SessionModel(Session.classroom());
        curves = new CurvesModel(session, training);
        BackpropLabApp.show(stage, session, curves, new DisplaySettings(), files);
    }

    private static void setField(FxRobot robot, String id, String text) {
        reveal(robot, id);
        robot.doubleClickOn(id).eraseText(12).write(text);
    }

    /** Waits until the run is over and its last picture is on screen. */
    private static void waitUntilDone(FxRobot robot, CurvesModel curves) {
        Await.until(curves.runningProperty().not());
        Await.until(robot.lookup("#loss-chart").queryAs(ChartPane.class).upToDateProperty());
    }

    private void waitUntilDone(FxRobot robot) {
        waitUntilDone(robot, curves);
    }

    /** The texts of the table under the chart, row by row. */
    private static List<String> summaryCells(FxRobot robot) {
        GridPane grid = robot.lookup("#curves-summary").queryAs(GridPane.class);
        return grid.getChildren().stream().sorted(Comparator.comparingInt((Node n) -> GridPane.getRowIndex(n))
                .thenComparingInt(n -> GridPane.getColumnIndex(n))).map(n -> ((Label) n).getText()).toList();
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
        waitUntilDone(robot);
        CurveRun run = curves.runProperty().get();
        assertEquals(List.of("sigmoid · SGD", "sigmoid · Adam", "tanh · SGD", "tanh · Adam"),
                IntStream.range(0, 4).mapToObj(run::legend).toList());
        for (int c = 0; c < 4; c++) assertEquals(30, run.epochs(c), "every epoch trained");
        assertEquals(4, curves.curvesProperty().get().size());
        assertEquals("Done: 4 curves, 30 epochs.", text(robot, "#curves-status"));
        assertTrue(run.title().contains("4-2-1 network · 1-word windows · max-margin loss (Δ = 1) · 30 epochs"));

        // Hovering a line names the nearest point: its curve, which line, the epoch and the loss as trained.
        ChartPane chart = robot.lookup("#loss-chart").queryAs(ChartPane.class);
        PlotArea area = chart.plotArea();
        robot.moveTo(chart.localToScreen(new Point2D(area.xOf(15), area.yOf(run.training(3, 15)))));
        WaitForAsyncUtils.waitForFxEvents();
        String hover = chart.hoverTextProperty().get();
        Matcher m = Pattern.compile("(.+) · (training|validation): epoch (\\d+), loss (\\d\\.\\d{4})\n(.+)").matcher(hover == null ? "" : hover);
        assertTrue(m.matches(), "the hover names a point: " + hover);
        int c = List.of("sigmoid · SGD", "sigmoid · Adam", "tanh · SGD", "tanh · Adam").indexOf(m.group(1)), epoch = Integer.parseInt(m.group(3));
        assertTrue(c >= 0 && Math.abs(epoch - 15) <= 1, hover);
        double loss = m.group(2).equals("training") ? run.training(c, epoch) : run.validation(c, epoch);
        assertEquals(String.format(Locale.ROOT, "%.4f", loss), m.group(4), "the loss as trained, at the window's decimals");
        assertEquals(m.group(2).equals("training") ? "the mean over the epoch's examples, each measured in its batch before that batch's update"
                : "the mean over the held-out examples, measured after the epoch", m.group(5), "when the point is measured");

        // Every line starts at epoch 0, the starting weights; curves of one activation share that point exactly.
        assertEquals(run.training(0, 0), run.training(1, 0), 0.0, "sigmoid · SGD and sigmoid · Adam start from one point");
        assertEquals(run.validation(2, 0), run.validation(3, 0), 0.0);
        robot.moveTo(chart.localToScreen(new Point2D(area.xOf(0), area.yOf(run.training(2, 0)))));
        WaitForAsyncUtils.waitForFxEvents();
        hover = chart.hoverTextProperty().get();
        assertTrue(hover != null && hover.matches("tanh · (SGD|Adam) · training: epoch 0, loss \\d\\.\\d{4}\n"
                + "at the starting weights, before any update: the mean over the training examples"), hover);
        assertEquals("the mean over the held-out examples, measured after the epoch, with the L2 term (λ/2)·ΣW²",
                ChartPane.pointNote(new PlotArea.Point(0, 3, true, 0.5), 0.01), "with λ > 0 the hover says the L2 term is in");

        robot.clickOn("#log-scale");
        Await.until(chart.upToDateProperty());
        assertTrue(session.setup().curves().logScale());
        assertTrue(chart.plotArea().log(), "the picture on screen has a log axis");
    }

    /**
     * A click on a curve's legend entry hides it (the entry stays, greyed) and a second click shows it
     * again; the Curves menu follows and does the same. Markers can be turned off for the chart.
     */
    @Test
    void aClickOnALegendEntryHidesItsCurveAndTheCurvesMenuFollows(FxRobot robot) {
        robot.clickOn("#tab-curves");
        setField(robot, "#epochs", "12");
        robot.clickOn("#train");
        waitUntilDone(robot);
        ChartPane chart = robot.lookup("#loss-chart").queryAs(ChartPane.class);
        PlotArea.LegendEntry adam = chart.plotArea().legend().get(1);
        assertEquals(1, adam.curve(), "sigmoid · Adam, the second entry");
        robot.clickOn(chart.localToScreen(adam.x() + adam.width() / 2, adam.y() + adam.height() / 2));
        assertEquals(Set.of(1), curves.hiddenCurves(), "hidden by the click");
        Await.until(chart.upToDateProperty());
        robot.clickOn("#curves-shown");
        CheckMenuItem item = (CheckMenuItem) robot.lookup("#curves-shown").queryAs(MenuButton.class).getItems().get(1);
        assertEquals("sigmoid · Adam", item.getText());
        assertFalse(item.isSelected(), "unticked in the menu");
        robot.clickOn("#curve-shown-1");
        assertEquals(Set.of(), curves.hiddenCurves(), "shown again from the menu");
        Await.until(chart.upToDateProperty());
        robot.clickOn(chart.localToScreen(adam.x() + adam.width() / 2, adam.y() + adam.height() / 2));
        assertEquals(Set.of(1), curves.hiddenCurves());
        robot.clickOn(chart.localToScreen(adam.x() + adam.width() / 2, adam.y() + adam.height() / 2));
        assertEquals(Set.of(), curves.hiddenCurves(), "a second click shows it again");

        reveal(robot, "#show-markers");
        robot.clickOn("#show-markers");
        assertFalse(session.setup().curves().markers(), "markers off, kept in the session (and a scenario)");
        robot.clickOn("#train");
        waitUntilDone(robot);
        assertEquals(Set.of(), curves.hiddenCurves(), "a new run shows every curve");
    }

    @Test
    void cancelStopsALongRunAfterTheEpochUnderWay(FxRobot robot) {
        training.hold(); // every curve waits after its first epoch: the run cannot end before Cancel is pressed
        robot.clickOn("#tab-curves");
        setField(robot, "#epochs", "100000");
        robot.clickOn("#train");
        assertTrue(curves.runningProperty().get());
        assertFalse(robot.lookup("#cancel").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#train").queryAs(Button.class).isDisabled(), "one run at a time");
        int workers = CurveRunner.threads(4); // the curves they took are held after epoch 1; the others wait their turn
        Await.until(Bindings.greaterThanOrEqual(curves.progressProperty(), workers / (4 * 100_000.0)));
        robot.clickOn("#cancel");
        assertEquals("Stopping after the current epoch…", text(robot, "#curves-status"));
        assertTrue(robot.lookup("#train").queryAs(Button.class).isDisabled(), "not before the workers have stopped");
        training.release();
        waitUntilDone(robot);
        CurveRun run = curves.runProperty().get();
        for (int c = 0; c < run.size(); c++) {
            assertEquals(c < workers ? 1 : 0, run.epochs(c), run.legend(c) + " stopped after the epoch under way (or its starting point)");
        }
        assertEquals("Cancelled. The curves show the epochs that finished.", text(robot, "#curves-status"));
        assertEquals(4, curves.curvesProperty().get().size(), "the table and the CSV hold what finished");
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
        assertEquals(0.1, session.setup().rate(OptimizerSettings.Type.SGD), 0.0, "nothing applied");
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
        waitUntilDone(robot);
        CurveRun run = curves.runProperty().get();
        assertEquals(List.of("constant α", "step (× 0.5 every 50)", "exponential (k = 0.01)", "1/t (τ = 20)"),
                IntStream.range(0, 4).mapToObj(run::legend).toList());
        assertTrue(run.title().endsWith("· sigmoid · SGD (α = 0.1) · racing learning-rate schedules"), run.title());
        assertEquals(Race.SCHEDULES, session.setup().curves().race(), "one setting, kept in the session (and a scenario)");
        var trained = curves.curvesProperty().get();
        Assertions.assertNotEquals(trained.get(0).training()[4], trained.get(1).training()[4],
                "by epoch 5 the step schedule has cut α many times over");
    }

    @Test
    void theLossTabIsBuiltWhenFirstShownWithCurvesTrainedBefore(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#loss-chart").tryQuery().isEmpty(), "not built at start: it is not on screen");
        robot.interact(() -> session.edit(b -> b.curves.epochs = 12));
        robot.interact(curves::train); // as Ctrl + T would, before the tab was ever shown
        Await.until(curves.runningProperty().not());
        robot.clickOn("#tab-curves");
        ChartPane chart = robot.lookup("#loss-chart").queryAs(ChartPane.class);
        Await.until(chart.upToDateProperty());
        assertTrue(chart.plotArea() != null && chart.plotArea().width() > 100, "the run trained before is drawn");
        assertEquals(4 * 6, summaryCells(robot).size() - 6, "a row of six for each curve trained before, under the heading");
        assertTrue(text(robot, "#curves-status").startsWith("Done"));
    }

    @Test
    void exportWritesAPngOfTheChosenSizeAndAFailureLeavesTheChart(FxRobot robot) throws Exception {
        robot.clickOn("#tab-curves");
        setField(robot, "#epochs", "10");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitUntilDone(robot);
        robot.clickOn("#export-png"); // it asks the size first
        robot.doubleClickOn("#picture-width").eraseText(6).write("1200");
        robot.doubleClickOn("#picture-height").eraseText(6).write("700");
        robot.clickOn(Classroom.ok(robot));
        Await.until(curves.drawingProperty().not()); // drawn and written off the window\'s thread
        Path exportTo = files.saveTo;
        BufferedImage image = ImageIO.read(exportTo.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(700, image.getHeight());
        assertTrue(CurvesCommandTestAccess.colours(image) > 10, "not blank");
        assertTrue(text(robot, "#curves-status").startsWith("Saved " + exportTo));

        assertEquals("sigmoid · SGD", summaryCells(robot).get(6), "the lowest losses under the chart, a curve a row");
        robot.clickOn("#copy-summary");
        assertEquals("Copied the table: paste it into a spreadsheet or the lesson's notes.", text(robot, "#curves-status"));
        // the copied text is checked in LossChartTest: reading the clipboard back under Monocle gave nothing
        robot.clickOn("#copy-chart");
        Await.until(curves.drawingProperty().not()); // drawn off the window's thread, then put on the clipboard
        assertEquals("Copied the chart (1200 × 700): paste it into a slide.", text(robot, "#curves-status"));

        files.saveTo = dir.resolve("chart.svg"); // the file's ending picks vector graphics
        robot.clickOn("#export-png");
        assertEquals("1200", robot.lookup("#picture-width").queryAs(TextField.class).getText(), "the size chosen last");
        robot.clickOn(Classroom.ok(robot));
        Await.until(curves.drawingProperty().not()); // drawn and written off the window\'s thread
        String svg = Files.readString(files.saveTo);
        assertTrue(svg.contains("<svg") && svg.contains("sigmoid · SGD"), "an SVG with the curves' legend");

        CurveRun shown = curves.runProperty().get();
        exportTo = dir.resolve("no-such-folder/chart.png");
        files.saveTo = exportTo;
        robot.clickOn("#export-png");
        robot.clickOn(Classroom.ok(robot));
        Await.until(curves.drawingProperty().not()); // drawn and written off the window\'s thread
        assertTrue(text(robot, "#curves-status").startsWith("Could not save " + exportTo + ": the folder does not exist."),
                text(robot, "#curves-status"));
        assertTrue(curves.runProperty().get() == shown && shown.epochs(0) == 10, "the chart is as it was");
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
        waitUntilDone(robot);
        CurveRun run = curves.runProperty().get();
        assertTrue(run.legend(2).startsWith("tanh · SGD (diverged at epoch "), run.legend(2));
        assertEquals(20, run.epochs(1), "sigmoid · Adam goes on");
        assertTrue(text(robot, "#curves-status").contains("tanh · SGD (diverged at epoch"), text(robot, "#curves-status"));
    }
}

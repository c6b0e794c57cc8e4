package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.curves.ChartPane;
import backproplab.app.session.DisplaySettings;
import backproplab.setup.Preset;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lecture hall: F5 (or View) gives the network and the formula the window and brings the panels
 * back; each side panel folds and opens from its button; a window too narrow for a panel at the chosen
 * text size folds it by itself, and opens it again when there is room.
 */
@ExtendWith(ApplicationExtension.class)
class LectureHallTest {
    private final DisplaySettings display = new DisplaySettings();
    private Stage stage;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = Classroom.show(stage, display);
    }

    private void projector(FxRobot robot) {
        Classroom.projector(robot, stage, display);
    }

    /** The projector's window at text {@code text}, on {@code preset} from its first step. */
    private void projector(FxRobot robot, Preset preset, int text) {
        projector(robot);
        robot.interact(() -> {
            display.textSizeProperty().set(text);
            view.lessonModel().reset();
            robot.lookup("#preset").queryAs(ChoiceBox.class).setValue(preset);
        });
    }

    /** Where every unit of the network is drawn, in the window: "unit-k-i@(x, y)" in order. */
    private List<String> unitPositions(FxRobot robot) {
        List<String> where = new ArrayList<>();
        for (String units : List.of(".unit", ".input-unit")) {
            for (Node n : robot.lookup(units).queryAll()) {
                Circle c = (Circle) n;
                Point2D p = c.localToScene(c.getCenterX(), c.getCenterY());
                where.add(c.getId() + "@" + Math.round(p.getX() * 10) / 10.0 + "," + Math.round(p.getY() * 10) / 10.0);
            }
        }
        where.sort(null);
        return where;
    }

    private static boolean shown(FxRobot robot, String query) {
        return shown(robot.lookup(query).query());
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    @Test
    void f5HidesThePanelsAndTheDisplayControlsAndBringsThemBack(FxRobot robot) {
        robot.clickOn("#network-scroll");
        assertTrue(shown(robot, ".left-scroll") && shown(robot, ".right-scroll") && shown(robot, "#decimals"));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, ".left-scroll"), "the left panel goes");
        assertFalse(shown(robot, ".right-scroll"), "the right panel goes");
        assertFalse(shown(robot, "#decimals") || shown(robot, "#text-size"), "and the top bar's display controls");
        assertFalse(shown(robot, "#fold-left") || shown(robot, "#fold-right"), "and their fold buttons");
        assertTrue(shown(robot, ".menu-bar"), "the menus stay, to come back");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, ".left-scroll") && shown(robot, ".right-scroll") && shown(robot, "#decimals"), "all back");

        robot.clickOn("View").clickOn("#view-presentation");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, ".left-scroll"), "the View item does the same");
        robot.clickOn("View").clickOn("#view-presentation");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, ".left-scroll"));
    }

    @Test
    void eachPanelFoldsFromItsButton(FxRobot robot) {
        robot.clickOn("#fold-right");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, ".right-scroll"));
        assertTrue(shown(robot, ".left-scroll") && shown(robot, "#fold-right"), "the other stays; the button stays to open it");
        robot.clickOn("#fold-right");
        robot.clickOn("#fold-left");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, ".right-scroll"));
        assertFalse(shown(robot, ".left-scroll"));
    }

    @Test
    void aWindowTooNarrowForAPanelAtProjectorTextFoldsItAndOpensItAgain(FxRobot robot) {
        projector(robot);
        assertFalse(shown(robot, ".right-scroll"), "at 1366 px and text 21 the right panel folds, the network keeps 40 em");
        assertTrue(shown(robot, ".left-scroll"), "the left one fits");
        robot.interact(() -> display.textSizeProperty().set(15));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, ".right-scroll"), "at text 15 it fits again, and opens");

        robot.interact(() -> display.textSizeProperty().set(21));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#fold-right"); // the teacher wants it anyway
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, ".right-scroll"), "the person's choice wins until the window changes again");
    }

    @Test
    void theUnitsStandStillThroughAWholeExampleTheQuizBarAndTheMatrixView(FxRobot robot) {
        projector(robot);
        List<String> first = unitPositions(robot);
        assertEquals(4 + 2 + 1, first.size());
        int steps = view.lessonModel().walkthrough().size();
        for (int s = 1; s < steps; s++) {
            robot.interact(view.lessonModel()::stepForward);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(first, unitPositions(robot), "at step " + (s + 1) + ": " + view.lessonModel().currentStep().title());
        }
        robot.interact(view.lessonModel()::nextExample);
        robot.clickOn("#network-scroll");
        robot.type(KeyCode.Q).type(KeyCode.RIGHT); // the quiz bar opens and asks
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#quiz-question"));
        assertEquals(first, unitPositions(robot), "the quiz bar takes no room from the network");
        robot.interact(() -> ((ToggleButton) robot.lookup("#view-matrices").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first, unitPositions(robot), "nor does the matrix view");
    }

    @Test
    void theWeightsOnTheEdgesNeverOverlapAtProjectorSize(FxRobot robot) {
        for (boolean presentation : new boolean[] {false, true}) {
            projector(robot);
            robot.interact(() -> {
                display.layout().presentationProperty().set(presentation);
                view.lessonModel().reset();
            });
            for (int s = 1; s < view.lessonModel().walkthrough().size(); s++) {
                robot.interact(view.lessonModel()::stepForward);
                WaitForAsyncUtils.waitForFxEvents();
                List<Bounds> labels = new ArrayList<>();
                for (Node n : robot.lookup(".edge-label").queryAll()) if (n.isVisible()) labels.add(n.localToScene(n.getBoundsInLocal()));
                for (int a = 0; a < labels.size(); a++) {
                    for (int b = a + 1; b < labels.size(); b++) {
                        Bounds x = labels.get(a), y = labels.get(b);
                        double overlap = Math.min(x.getMaxY(), y.getMaxY()) - Math.max(x.getMinY(), y.getMinY());
                        boolean sideBySide = x.getMaxX() <= y.getMinX() || y.getMaxX() <= x.getMinX();
                        assertTrue(sideBySide || overlap <= 0.5, "step " + (s + 1) + ", presentation " + presentation + ": " + x + " and " + y);
                    }
                }
            }
        }
    }

    /**
     * The loss-curve tab at 1366 × 768, text 21: the table folds by itself so the chart keeps a plot a
     * class can read, nothing reads "…", and the chart keeps its height when the table fills; opened
     * by its heading, the table is one fixed height that scrolls.
     */
    @Test
    void theLossTabAtProjectorSizeKeepsARealChartAndTruncatesNothing(FxRobot robot) {
        projector(robot);
        robot.clickOn("#tab-curves");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(display.layout().tableOpenProperty().get(), "the table folds by itself: the chart needs the room");
        Node chart = robot.lookup("#loss-chart").query();
        double before = chart.getLayoutBounds().getHeight();
        robot.clickOn("#curves-summary-fold");
        WaitForAsyncUtils.waitForFxEvents();
        double withTable = chart.getLayoutBounds().getHeight();
        assertTrue(withTable < before, "opened by its heading: " + withTable + " < " + before);
        robot.clickOn("#train");
        Await.until(view.curvesModel().runningProperty().not());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(withTable, chart.getLayoutBounds().getHeight(), 0.0, "the table filled and the chart kept its height");
        var shown = robot.lookup("#loss-chart").queryAs(ChartPane.class);
        Await.until(shown.upToDateProperty());
        assertTrue(shown.plotArea().height() >= 5 * 21, "opened by hand on a short tab, the table gives up lines, not the plot: "
                + shown.plotArea().height());
        robot.clickOn("#curves-summary-fold");
        Await.until(shown.upToDateProperty());
        assertTrue(shown.plotArea().height() >= 8 * 21, "a plot of eight lines of text at least: " + shown.plotArea().height());
        List<String> cut = new ArrayList<>();
        for (Node n : robot.lookup(n -> n instanceof Labeled).queryAll()) {
            Labeled l = (Labeled) n;
            Node text = l.lookup(".text");
            if (shown(l) && text instanceof Text t && !t.getText().equals(l.getText())) {
                cut.add(l.getText() + " → " + t.getText());
            }
        }
        assertEquals(List.of(), cut, "no control or table cell reads '…'");
    }

    /**
     * The caption (and the zoom hint under it when both do not fit beside each other) sit above the
     * network, never on a unit: at text 21 and 27, on 4-2-1 and on 20-8-1 (whose values need the zoom
     * hint), with ⇄'s longer caption too.
     */
    @Test
    void theCaptionAndTheZoomHintNeverCoverAUnit(FxRobot robot) {
        for (Preset preset : List.of(Preset.CLASSROOM, Preset.WINDOW)) {
            for (int text : new int[] {21, 27}) {
                projector(robot, preset, text);
                robot.interact(() -> {
                    for (int s = 0; s < 5; s++) view.lessonModel().stepForward(); // the corrupt window's forward pass
                });
                robot.interact(() -> robot.lookup("#pass-caption").queryAs(Button.class).fire()); // ⇄: the longer caption
                WaitForAsyncUtils.waitForFxEvents();
                List<Bounds> above = new ArrayList<>();
                for (Node n : robot.lookup("#pass-caption").queryAll()) above.add(n.localToScene(n.getBoundsInLocal()));
                for (Node n : robot.lookup(".zoom-hint").queryAll()) if (n.isVisible()) above.add(n.localToScene(n.getBoundsInLocal()));
                for (String units : List.of(".unit", ".input-unit")) {
                    for (Node u : robot.lookup(units).queryAll()) {
                        Bounds b = u.localToScene(u.getBoundsInLocal());
                        for (Bounds a : above) assertFalse(a.intersects(b), preset + ", text " + text + ": " + u.getId() + " under " + a);
                    }
                }
            }
        }
    }

    /**
     * No label lies over another or over a unit — the units' values, the weights on the edges, the "+1"s, the caption
     * and the zoom hint — at every step of 4-2-1, 4-3-3-1, Mazur's 2-2-2 and 20-8-1 (whose values wait for a zoom), at
     * 1366 × 768, text 21: in the normal layout, and in the presentation layout with the focus zoom (which shows
     * 20-8-1's values). An edge may run under a label: a label has a background of its own.
     */
    @Test
    void noLabelLiesOverAnotherOrOverAUnitOnAnyNetwork(FxRobot robot) {
        for (Preset preset : List.of(Preset.CLASSROOM, Preset.CUSTOM, Preset.MAZUR, Preset.WINDOW)) {
            for (boolean presentation : new boolean[] {false, true}) {
                projector(robot);
                robot.interact(() -> {
                    display.layout().presentationProperty().set(false);
                    robot.lookup("#preset").queryAs(ChoiceBox.class).setValue(preset);
                    view.lessonModel().reset();
                    display.layout().presentationProperty().set(presentation);
                });
                robot.clickOn("#network-scroll").press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL); // no zoom left over
                if (presentation) robot.type(KeyCode.F);
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(presentation, robot.lookup("#zoom-reset").query().isVisible(), "focus zoom " + presentation);
                for (int s = 1; s <= view.lessonModel().walkthrough().size(); s++) {
                    if (s > 1) robot.interact(view.lessonModel()::stepForward);
                    assertNothingOver(robot, preset + ", presentation " + presentation + ", step " + s);
                }
            }
        }
    }

    private static void assertNothingOver(FxRobot robot, String where) {
        List<Node> labels = new ArrayList<>();
        for (String query : List.of(".unit-label", ".edge-label", ".bias-label", "#pass-caption", ".zoom-hint")) {
            for (Node n : robot.lookup(query).queryAll()) if (shown(n) && !((Labeled) n).getText().isEmpty()) labels.add(n);
        }
        List<Node> units = new ArrayList<>(robot.lookup(".unit").queryAll());
        units.addAll(robot.lookup(".input-unit").queryAll());
        for (int a = 0; a < labels.size(); a++) {
            Bounds x = labels.get(a).localToScene(labels.get(a).getBoundsInLocal());
            for (int b = a + 1; b < labels.size(); b++) {
                Bounds y = labels.get(b).localToScene(labels.get(b).getBoundsInLocal());
                assertFalse(overlap(x, y), where + ": " + text(labels.get(a)) + " " + x + " over " + text(labels.get(b)) + " " + y);
            }
            for (Node u : units) {
                Bounds y = u.localToScene(u.getBoundsInLocal());
                assertFalse(overlap(x, y), where + ": " + text(labels.get(a)) + " " + x + " over " + u.getId() + " " + y);
            }
        }
    }

    /** Whether {@code x} and {@code y} share more than half a pixel both ways. */
    private static boolean overlap(Bounds x, Bounds y) {
        return Math.min(x.getMaxX(), y.getMaxX()) - Math.max(x.getMinX(), y.getMinX()) > 0.5
                && Math.min(x.getMaxY(), y.getMaxY()) - Math.max(x.getMinY(), y.getMinY()) > 0.5;
    }

    private static String text(Node label) {
        return "'" + ((Labeled) label).getText().replace('\n', ' ') + "'";
    }

    /** The step strip's cells are whole, above its scroll bar if it has one, at text 15 and 21, for 19 steps and for 49. */
    @Test
    void theStepStripShowsWholeCellsAboveItsScrollBar(FxRobot robot) {
        for (Preset preset : List.of(Preset.CLASSROOM, Preset.WINDOW)) {
            for (int text : new int[] {15, 21}) {
                projector(robot, preset, text);
                WaitForAsyncUtils.waitForFxEvents();
                Node strip = robot.lookup("#step-strip").query();
                Node bar = robot.from(strip).lookup(".scroll-bar").match((ScrollBar b) -> b.getOrientation() == Orientation.HORIZONTAL).query();
                double barTop = shown(bar) ? bar.localToScene(bar.getBoundsInLocal()).getMinY() : strip.localToScene(strip.getBoundsInLocal()).getMaxY();
                barTop = Math.min(barTop, strip.getScene().getHeight()); // and in the window
                int cells = 0;
                for (Node cell : robot.lookup("#step-strip .list-cell").queryAll()) {
                    Node words = cell.lookup(".text");
                    if (!shown(cell) || words == null || ((Text) words).getText().isEmpty()) continue;
                    Bounds at = words.localToScene(words.getBoundsInLocal());
                    assertTrue(at.getMaxY() <= barTop, preset + ", text " + text + ": " + ((Text) words).getText() + " ends at " + at.getMaxY()
                            + ", under the scroll bar at " + barTop);
                    cells++;
                }
                assertTrue(cells >= 10, "cells looked at: " + cells);
                if (preset == Preset.WINDOW) assertTrue(shown(bar), "49 steps overflow the strip: its scroll bar was looked at");
            }
        }
    }

    /** Ctrl + =, Ctrl + Shift + = (how a US keyboard types "+") and Ctrl + keypad + enlarge the text; Ctrl + − and keypad − shrink it. */
    @Test
    void everyWayOfTypingCtrlPlusEnlargesTheText(FxRobot robot) {
        robot.clickOn("#network-scroll");
        int start = display.textSizeProperty().get();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.ADD).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        int larger = display.textSizeProperty().get();
        assertEquals(start + 3 * 2, larger, "three steps up, two px each");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.SUBTRACT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(larger - 2 * 2, display.textSizeProperty().get(), "and two down");
    }

    /**
     * A tall window gives the network the height the formula and the buttons do not need (at 1366 × 768 the text size decides,
     * as before); a divider the teacher dragged stays where it was put when the window changes.
     */
    @Test
    void aTallWindowGivesTheNetworkTheRoomTheBottomDoesNotNeed(FxRobot robot) {
        projector(robot);
        SplitPane split = robot.lookup("#stepping-split").queryAs(SplitPane.class);
        assertEquals(0.4, split.getDividerPositions()[0], 0.01, "1366 × 768, text 21: the text size's share");
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        double tall = split.getDividerPositions()[0];
        assertTrue(tall > 0.47, "1920 × 1080, text 21: the network gets what the bottom does not need: " + tall);
        Node bottom = split.getItems().get(1);
        assertTrue(bottom.getLayoutBounds().getHeight() >= 23 * 21, "the bottom keeps its 24 ems less rounding: " + bottom.getLayoutBounds());

        robot.interact(() -> split.setDividerPositions(0.3)); // the teacher drags it
        robot.interact(() -> stage.setHeight(1000));
        WaitForAsyncUtils.waitForFxEvents();
        double after = split.getDividerPositions()[0];
        assertTrue(after < 0.35, "a dragged divider stays near where it was put (the split keeps it in proportion), not back at "
                + tall + ": " + after);
    }
}

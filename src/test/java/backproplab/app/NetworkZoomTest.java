package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.session.DisplaySettings;
import backproplab.setup.Preset;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zooming the network as a teacher does: Ctrl + scroll toward the pointer, the focus zoom on a network
 * too dense for its values, the button that gives the whole network back, a new network starting whole;
 * and the hover card, which opens away from the unit in focus and clear of the key's button.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkZoomTest {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private final DisplaySettings display = new DisplaySettings();
    private Stage stage;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = Classroom.show(stage, display);
    }

    private static Circle unit(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Circle.class);
    }

    /** The centre of {@code c} on the screen. */
    private static Point2D onScreen(Circle c) {
        return c.localToScreen(c.getCenterX(), c.getCenterY());
    }

    private static Bounds onScreenBounds(Node n) {
        return n.localToScreen(n.getBoundsInLocal());
    }

    /**
     * Turns the mouse wheel away from the person {@code clicks} times with Ctrl held, the pointer at {@code at} (on
     * the screen). The events are made here, as a wheel makes them: the headless robot's wheel runs the other way.
     */
    private static void ctrlWheelAway(FxRobot robot, Point2D at, int clicks) {
        robot.moveTo(at);
        Node pane = robot.lookup("#network-scroll").query();
        Point2D scene = pane.getScene().getRoot().screenToLocal(at);
        for (int i = 0; i < clicks; i++) {
            ScrollEvent wheel = new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), at.getX(), at.getY(),
                    false, true, false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.LINES, 1, 0, null);
            robot.interact(() -> Event.fireEvent(pane, wheel));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlScrollZoomsTowardThePointerAndTheButtonGivesTheWholeNetworkBack(FxRobot robot) {
        Circle hidden = unit(robot, "unit-2-1"); // not at an edge, where the scroll bars the zoom brings would push it
        double radius = hidden.getRadius();
        Point2D before = onScreen(hidden);
        assertFalse(robot.lookup("#zoom-reset").query().isVisible(), "no zoom, no button");

        ctrlWheelAway(robot, before, 2);
        assertTrue(hidden.getRadius() > radius * 1.2, "zoomed in: " + hidden.getRadius() + " against " + radius);
        Point2D after = onScreen(hidden);
        assertTrue(after.distance(before) < 4, "the unit under the pointer stays under it: " + after + " against " + before);

        robot.clickOn("#zoom-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(radius, hidden.getRadius(), 1e-9, "the whole network again");
        assertEquals(before, onScreen(hidden), "where it was");
        assertFalse(robot.lookup("#zoom-reset").query().isVisible(), "the button goes with the zoom");
    }

    @Test
    void anotherNetworkStartsWholeAndCtrlZeroUndoesTheFocusZoom(FxRobot robot) {
        ctrlWheelAway(robot, onScreen(unit(robot, "unit-2-1")), 3);
        assertTrue(robot.lookup("#zoom-reset").query().isVisible());

        robot.interact(() -> robot.lookup("#preset").queryAs(ChoiceBox.class).setValue(Preset.MAZUR));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#zoom-reset").query().isVisible(), "a new network: no zoom left over");
        Bounds viewport = onScreenBounds(robot.lookup("#network-scroll").query());
        for (Node u : robot.lookup(".unit").queryAll()) {
            assertTrue(viewport.contains(onScreenBounds(u)), u.getId() + " in view: " + onScreenBounds(u) + " in " + viewport);
        }

        robot.clickOn("#network-scroll").type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#zoom-reset").query().isVisible(), "focus zoom: the way back is on screen");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#zoom-reset").query().isVisible(), "Ctrl + 0: the whole network");
        assertEquals(1.0, view.networkView().getScaleX(), 0.0, "not magnified");
    }

    /**
     * 20-8-1 at 1366 × 768, text 21, is too dense to show its values; the focus zoom shows the current unit's
     * values and its inputs', one line each, none over another, with the unit in the middle of the view.
     */
    @Test
    void theFocusZoomShowsTheValuesOfADenseNetwork(FxRobot robot) {
        robot.clickOn("#window-size").clickOn("5");
        Classroom.projector(robot, stage, display);
        robot.interact(() -> view.lessonModel().stepForward()); // the first hidden unit's z and a: its 20 inputs lit
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".zoom-hint").query().isVisible(), "20-8-1 needs a zoom to show its values");

        robot.clickOn("#network-scroll").type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".zoom-hint").query().isVisible(), "the focus zoom shows the values");
        Bounds viewport = onScreenBounds(robot.from(robot.lookup("#network-scroll").queryAs(ScrollPane.class)).lookup(".viewport").query());
        Circle current = robot.lookup(".unit").match((Node n) -> n.getPseudoClassStates().contains(CURRENT)).queryAs(Circle.class);
        Label values = robot.lookup("#unit-label-" + current.getId().substring("unit-".length())).queryAs(Label.class);
        assertTrue(values.isVisible() && !values.getText().isBlank(), values.getText());
        assertTrue(viewport.contains(onScreenBounds(values)), "its values in view");
        Point2D middle = new Point2D(viewport.getCenterX(), viewport.getCenterY());
        assertTrue(Math.abs(onScreen(current).getY() - middle.getY()) < 6, "in the middle: " + onScreen(current) + " against " + middle);

        List<Bounds> inputs = new ArrayList<>();
        for (Node n : robot.lookup(".unit-label").queryAll()) {
            if (n.getId().startsWith("unit-label-1-") && viewport.contains(onScreenBounds(n))) {
                assertTrue(n.isVisible() && !((Label) n).getText().isBlank(), n.getId());
                inputs.add(onScreenBounds(n));
            }
        }
        assertTrue(inputs.size() >= 6, "the inputs beside it in view show their values: " + inputs.size());
        for (int a = 0; a < inputs.size(); a++) {
            for (int b = a + 1; b < inputs.size(); b++) assertFalse(inputs.get(a).intersects(inputs.get(b)), inputs.get(a) + " over " + inputs.get(b));
        }
    }

    @Test
    void theHoverCardOpensAwayFromTheUnitInFocusAndClearOfTheKey(FxRobot robot) {
        Classroom.projector(robot, stage, display);
        robot.clickOn("#network-scroll").type(KeyCode.K);
        for (int step = 0; step < 4; step++) {
            robot.interact(() -> view.lessonModel().stepForward());
            WaitForAsyncUtils.waitForFxEvents();
            Circle current = robot.lookup(".unit").match((Node n) -> n.getPseudoClassStates().contains(CURRENT)).queryAs(Circle.class);
            Bounds focus = onScreenBounds(current);
            Bounds key = onScreenBounds(robot.lookup("#network-key-toggle").query());
            for (String units : List.of(".unit", ".input-unit")) {
                for (Node u : robot.lookup(units).queryAll()) {
                    if (u == current) continue;
                    robot.moveTo(u);
                    WaitForAsyncUtils.waitForFxEvents();
                    Node card = robot.lookup(".hover-card").query();
                    assertTrue(card.isVisible(), "a card over " + u.getId());
                    Bounds at = onScreenBounds(card);
                    assertFalse(at.intersects(focus), "over " + u.getId() + ", the card " + at + " covers " + current.getId() + " " + focus);
                    assertFalse(at.intersects(key), "over " + u.getId() + ", the card " + at + " covers the key's button " + key);
                }
            }
        }
    }
}

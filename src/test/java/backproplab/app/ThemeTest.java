package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.curves.ChartPane;
import backproplab.app.curves.CurvesModel;
import backproplab.app.kit.FunctionPlot;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.app.session.Theme;
import backproplab.chart.Palette;
import backproplab.setup.Session;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The back row: View → High contrast and Black and white restyle the network and the loss chart. */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    private final DisplaySettings display = new DisplaySettings();
    private CurvesModel curves;

    @Start
    void start(Stage stage) {
        curves = BackpropLabApp.show(stage, new SessionModel(Session.classroom()), display, new TestFiles()).curvesModel();
    }

    private static List<Shape> edges(FxRobot robot, boolean negative) {
        return robot.lookup(".edge").queryAllAs(Shape.class).stream()
                .filter(l -> l.getPseudoClassStates().contains(NEGATIVE) == negative).toList();
    }

    /** How many pixels of {@code picture} are coloured (not grey), and how many are not white. */
    private static int[] pixels(Image picture) {
        var reader = picture.getPixelReader();
        int coloured = 0, inked = 0;
        for (int y = 0; y < (int) picture.getHeight(); y++) {
            for (int x = 0; x < (int) picture.getWidth(); x++) {
                int argb = reader.getArgb(x, y), r = (argb >> 16) & 0xff, g = (argb >> 8) & 0xff, b = argb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 8) coloured++;
                if (r + g + b < 3 * 250) inked++;
            }
        }
        return new int[] {coloured, inked};
    }

    private static boolean grey(Color c) {
        return Math.abs(c.getRed() - c.getGreen()) < 1e-9 && Math.abs(c.getGreen() - c.getBlue()) < 1e-9;
    }

    @Test
    void highContrastDashesNegativeWeightsAndBlackAndWhiteTurnsTheColoursGrey(FxRobot robot) throws Exception {
        List<Shape> negative = edges(robot, true), positive = edges(robot, false);
        assertFalse(negative.isEmpty());
        assertTrue(negative.stream().allMatch(l -> l.getStrokeDashArray().isEmpty()), "standard: the sign is the colour");
        double before = ((Color) negative.get(0).getStroke()).getBrightness();

        robot.clickOn("View").clickOn("High contrast (projector)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.HIGH_CONTRAST, display.themeProperty().get());
        assertTrue(negative.stream().allMatch(l -> !l.getStrokeDashArray().isEmpty()), "negative weights dashed as well");
        assertTrue(positive.stream().allMatch(l -> l.getStrokeDashArray().isEmpty()), "positive ones solid");
        assertTrue(((Color) negative.get(0).getStroke()).getBrightness() < before, "darker for a washed-out projector");
        robot.clickOn("Explain").clickOn("Check the gradients…");
        assertTrue(robot.lookup("#gradient-check-window").query().getPseudoClassStates().contains(PseudoClass.getPseudoClass("high-contrast")),
                "the Explain windows take the theme too");
        robot.interact(() -> robot.lookup("#gradient-check-window").query().getScene().getWindow().hide());

        robot.clickOn("View").clickOn("Black and white (print)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Palette.MONOCHROME, display.paletteProperty().get());
        assertTrue(edges(robot, false).stream().allMatch(l -> grey((Color) l.getStroke())), "no colour left on the edges");
        assertTrue(negative.stream().allMatch(l -> !l.getStrokeDashArray().isEmpty()), "the sign is the dash");

        robot.clickOn("#tab-curves");
        robot.interact(curves::train);
        Await.until(curves.runningProperty().not());
        ChartPane chart = robot.lookup("#loss-chart").queryAs(ChartPane.class);
        Await.until(chart.upToDateProperty());
        int[] bold = pixels(chart.picture());
        assertEquals(0, bold[0], "no colour left on the chart on screen");
        robot.clickOn("View").clickOn("Standard");
        robot.clickOn("View").clickOn("Colour (colour-blind safe)");
        Await.until(chart.upToDateProperty());
        int[] standard = pixels(chart.picture());
        assertTrue(standard[0] > 1000, "the curves in colour again: " + standard[0] + " coloured pixels");
        assertTrue(standard[1] < bold[1], "thinner lines without high contrast: " + standard[1] + " against " + bold[1] + " inked pixels");
        assertTrue(negative.stream().allMatch(l -> l.getStrokeDashArray().isEmpty()));
    }

    /** The background colour a strip cell (or the key's copy of one) is drawn with. */
    private static Color fill(Node cell) {
        return (Color) ((Region) cell).getBackground().getFills().get(0).getFill();
    }

    /**
     * K opens the key: the edges' colours and widths and the strip's windows, drawn with the picture's
     * own styles. Black and white greys the strip (the corrupt window keeps its dashed line and italics)
     * and the activation plots.
     */
    @Test
    void theKeyExplainsThePictureAndBlackAndWhiteGreysTheStripAndThePlots(FxRobot robot) {
        assertFalse(robot.lookup("#network-key").query().isVisible(), "folded to its button at first");
        robot.clickOn("#network-scroll").type(KeyCode.K);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#network-key").query().isVisible(), "K opens the key");
        List<String> texts = robot.lookup(".network-key-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(List.of("weight > 0", "weight < 0", "width: |W| (at an update: its step |ΔW|)", "strip: the true window",
                "strip: the corrupt window"), texts);
        Node corruptCell = robot.lookup(".step-strip .phase-forward-corrupt").query();
        assertTrue(((Region) corruptCell).getBorder().getStrokes().stream().anyMatch(b -> !b.getTopStyle().getDashArray().isEmpty()),
                "the corrupt window's cells carry a dashed line: not told by colour alone");

        robot.clickOn("View").clickOn("Black and white (print)");
        WaitForAsyncUtils.waitForFxEvents();
        int filled = 0;
        for (Node cell : robot.lookup(".step-strip .list-cell").queryAll()) {
            if (((Region) cell).getBackground() != null && !((Region) cell).getBackground().getFills().isEmpty()) {
                assertTrue(grey(fill(cell)), "the strip in greys: " + cell.getStyleClass() + " " + fill(cell));
                filled++;
            }
        }
        assertTrue(filled >= 10, "the strip's cells were looked at: " + filled);
        for (Node plot : robot.lookup(".function-plot").queryAll()) {
            assertTrue(grey(((FunctionPlot) plot).firstColour()), "the activation plots in black and grey");
        }
        robot.clickOn("View").clickOn("Colour (colour-blind safe)");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(grey(fill(robot.lookup(".step-strip .phase-forward-true").query())), "in colour again");
        robot.clickOn("#network-key-toggle");
        assertFalse(robot.lookup("#network-key").query().isVisible(), "its button folds it");
    }
}

package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.curves.CurvesModel;
import backproplab.chart.Palette;
import backproplab.setup.Session;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
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

    private static List<Line> edges(FxRobot robot, boolean negative) {
        return robot.lookup(".edge").queryAllAs(Line.class).stream()
                .filter(l -> l.getPseudoClassStates().contains(NEGATIVE) == negative).toList();
    }

    private static boolean grey(Color c) {
        return Math.abs(c.getRed() - c.getGreen()) < 1e-9 && Math.abs(c.getGreen() - c.getBlue()) < 1e-9;
    }

    @Test
    void highContrastDashesNegativeWeightsAndBlackAndWhiteTurnsTheColoursGrey(FxRobot robot) throws Exception {
        List<Line> negative = edges(robot, true), positive = edges(robot, false);
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
        robot.interact(() -> display.decimalPlacesProperty().set(4));
        robot.interact(curves::train);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !curves.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        var renderer = curves.chartProperty().get().chart().getXYPlot().getRenderer();
        for (int c = 0; c < curves.curvesProperty().get().size(); c++) {
            java.awt.Color colour = (java.awt.Color) renderer.getSeriesPaint(c);
            assertTrue(colour.getRed() == colour.getGreen() && colour.getGreen() == colour.getBlue(), "grey curve " + c + ": " + colour);
        }
        float bold = ((java.awt.BasicStroke) renderer.getSeriesStroke(0)).getLineWidth();
        robot.clickOn("View").clickOn("Standard");
        robot.clickOn("View").clickOn("Colour (colour-blind safe)");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((java.awt.BasicStroke) renderer.getSeriesStroke(0)).getLineWidth() < bold, "the chart follows the theme");
        assertEquals(new java.awt.Color(0x0072B2), renderer.getSeriesPaint(0));
        assertTrue(negative.stream().allMatch(l -> l.getStrokeDashArray().isEmpty()));
    }
}

package backproplab.app.stepping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.BackpropLabApp;
import backproplab.app.MainView;
import backproplab.app.kit.FileAsker;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.setup.Session;
import backproplab.walkthrough.Phase;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1366×768 and text 21 the line with the numbers substituted is set as large as the symbolic one,
 * and no row smaller than the window's text: a line too wide wraps at "=" or "+" instead of shrinking.
 */
@ExtendWith(ApplicationExtension.class)
class FormulaSizeTest {
    private static final int TEXT = 21;
    private MainView view;

    @Start
    void start(Stage stage) {
        DisplaySettings display = new DisplaySettings();
        display.textSizeProperty().set(TEXT);
        view = BackpropLabApp.show(stage, new SessionModel(Session.classroom()), display, new FileAsker() {
            @Override public Optional<Path> save(String title, String description, String fileName, Window owner) { return Optional.empty(); }
            @Override public Optional<Path> open(String title, String description, String extension, Window owner) { return Optional.empty(); }
        });
        stage.setWidth(1366);
        stage.setHeight(768);
    }

    /** The sizes the formula's rows are set at, as drawn. */
    private static List<Double> sizes(FxRobot robot) {
        for (Node n : robot.lookup(".tex-canvas").queryAll()) {
            if (n.isVisible() && n.getParent() instanceof FormulaView) return ((TexCanvas) n).drawnSizes();
        }
        throw new AssertionError("no formula on screen");
    }

    @Test
    void theSubstitutedLineIsAsLargeAsTheSymbolicOneAndWraps(FxRobot robot) {
        robot.interact(() -> {
            view.lessonModel().stepForward();
            view.lessonModel().stepForward(); // z^(2)_2: four products, wider than the window at text 21
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Phase.FORWARD_TRUE, view.lessonModel().currentStep().phase());
        List<Double> sizes = sizes(robot);
        assertTrue(sizes.size() > 2, "the substituted line wraps into rows: " + sizes);
        double symbolic = sizes.get(0);
        for (double size : sizes) {
            assertTrue(size >= TEXT, "no row below the window's text size: " + sizes);
            assertTrue(size >= symbolic - 1e-9, "the numbers as large as the symbols: " + sizes);
        }
    }
}

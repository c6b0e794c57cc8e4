package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.kit.HeatMap;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.engine.Preprocessor;
import backproplab.setup.Session;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Explain → What preprocessing does: a student sees whitening turn the covariance into (nearly) the identity, and why not exactly. */
@ExtendWith(ApplicationExtension.class)
class PreprocessingViewTest {
    private SessionModel session;

    @Start
    void start(Stage stage) {
        session = new SessionModel(Session.classroom());
        BackpropLabApp.show(stage, session, new DisplaySettings(), new TestFiles());
    }

    @Test
    void whiteningShowsTheIdentityCovarianceAndTheSettingIsTheCurves(FxRobot robot) {
        robot.clickOn("Explain").clickOn("What preprocessing does…");
        assertTrue(robot.lookup("#prep-heading").queryAs(Label.class).getText().startsWith("What preprocessing does (none chosen) to the 4"));
        robot.clickOn("#prep-kind").clickOn("whitening");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Preprocessor.Kind.WHITEN, session.setup().curves().preprocessing(), "one setting: the curves train with it too");
        double[][] after = robot.lookup("#cov-after").queryAs(HeatMap.class).values();
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) assertEquals(a == b ? 1 : 0, after[a][b], 1e-3);
        }
        double[][] raw = robot.lookup("#cov-raw").queryAs(HeatMap.class).values();
        assertTrue(Math.abs(raw[0][1]) > 0.01, "the raw dimensions are correlated");
        String summary = robot.lookup("#prep-summary").queryAs(Label.class).getText();
        double low = Math.min(Math.min(after[0][0], after[1][1]), Math.min(after[2][2], after[3][3]));
        double high = Math.max(Math.max(after[0][0], after[1][1]), Math.max(after[2][2], after[3][3]));
        assertTrue(high < 1 && summary.contains("the covariance becomes diag(λ/(λ + ε)) in the rotated basis, here a diagonal of "
                + String.format(Locale.ROOT, "%.4f to %.4f", low, high)), "what it is, not 'the identity': " + summary);
        assertTrue(summary.contains("ε = 0.00001") && summary.contains("The notes divide by the singular value itself"), summary);
        robot.clickOn("#scatter-y").clickOn(robot.lookup(".context-menu")
                .lookup((Node n) -> n instanceof Label l && "4".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, robot.lookup("#scatter-y").queryAs(ChoiceBox.class).getValue());
    }

    @Test
    void theStepsCanWalkThroughThePreprocessedInputsShowingTheRawOnesToo(FxRobot robot) {
        Reveal.reveal(robot, "#preprocessing");
        robot.clickOn("#preprocessing").clickOn("whitening");
        Reveal.reveal(robot, "#step-preprocessed");
        robot.clickOn("#step-preprocessed");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Preprocessor.Kind.WHITEN, session.setup().lesson().inputs());
        String plain = robot.lookup("#formula-plain").queryAs(Label.class).getText();
        assertTrue(plain.contains("(after whitening); raw x = [0.4580, 0.5290, -0.3230, -0.3230]"), plain);
        double shown = Double.parseDouble(robot.lookup("#unit-label-1-1").queryAs(Label.class).getText().replace("x = ", ""));
        assertTrue(Math.abs(shown - 0.4580) > 0.01, "the network's inputs are the whitened ones: " + shown);
    }
}

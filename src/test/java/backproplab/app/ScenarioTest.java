package backproplab.app;

import static backproplab.app.Reveal.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.curves.CurvesModel;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.scenario.ScenarioFile;
import backproplab.setup.Limits;
import backproplab.setup.Position;
import backproplab.setup.Preset;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher saves a lesson mid-way, changes everything, and opens it again; a broken file changes nothing. */
@ExtendWith(ApplicationExtension.class)
class ScenarioTest {
    @TempDir Path dir;
    private final TestFiles files = new TestFiles();
    private SessionModel session;
    private MainView view;
    private final DisplaySettings display = new DisplaySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new SessionModel(Session.classroom());
        view = BackpropLabApp.show(stage, session, display, files);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Everything the stepping view shows in words and numbers: status, formula, every unit's label. */
    private static Map<String, String> screen(FxRobot robot) {
        Map<String, String> shown = new TreeMap<>();
        shown.put("status", text(robot, "#status"));
        shown.put("formula", text(robot, "#formula-plain"));
        shown.put("example", text(robot, "#example-info"));
        for (Node n : robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("unit-label-")).queryAll()) {
            shown.put(n.getId(), ((Label) n).getText());
        }
        return shown;
    }


    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savedMidBackwardAndOpenedAfterChangingEverythingShowsTheSameStepAndNumbers(FxRobot robot) {
        robot.clickOn("#window-size").clickOn("3");
        robot.clickOn("#activation-tanh");
        reveal(robot, "#optimizer-adam");
        robot.clickOn("#optimizer-adam");
        robot.clickOn("#next-example");
        robot.clickOn("#network-scroll");
        while (!text(robot, "#status").contains("Backward")) robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, String> saved = screen(robot);
        assertTrue(saved.get("status").contains("Backward"), saved.get("status"));
        assertEquals(17, saved.keySet().stream().filter(k -> k.startsWith("unit-label-")).count(), "the units of a 12-4-1 net");

        files.saveTo = dir.resolve("lesson.json");
        ctrl(robot, KeyCode.S);
        assertEquals("Saved lesson.json.", text(robot, "#scenario-message"));

        robot.type(KeyCode.R);
        reveal(robot, "#activation-relu");
        robot.clickOn("#activation-relu");
        reveal(robot, "#optimizer-momentum");
        robot.clickOn("#optimizer-momentum");
        robot.clickOn("#preset").clickOn(Preset.MAZUR.toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Preset.MAZUR, session.setup().preset());

        files.toOpen.add(dir.resolve("lesson.json"));
        ctrl(robot, KeyCode.O);
        Await.untilOpened(robot);
        assertEquals("Opened lesson.json.", text(robot, "#scenario-message"));
        assertEquals(saved, screen(robot), "same step, same unit, same numbers");
        assertEquals(Activation.TANH, session.setup().hidden());
        assertEquals(Type.ADAM, session.setup().optimizer());
        assertTrue(robot.lookup("#optimizer-adam").queryAs(RadioButton.class).isSelected(), "the panels show it");

        ctrl(robot, KeyCode.Z);
        assertEquals(Preset.MAZUR, session.setup().preset(), "opening is undoable");
    }

    @Test
    void aLessonFarAlongOpensOffTheWindowsThreadAndCancellingKeepsTheLessonOnScreen(FxRobot robot) throws Exception {
        Session far = new Session(Setup.classroom(), WordWindows.bundled(), new Position(Limits.UPDATES, 3));
        Path file = Files.writeString(dir.resolve("far.json"), ScenarioFile.write(far));
        Map<String, String> before = screen(robot);
        Session model = session.session();
        robot.interact(() -> {
            view.fileActions().openFile(file);
            assertTrue(robot.lookup("#cancel-opening").queryButton().isVisible(), "Cancel shows while the file is read");
            assertEquals("Opening far.json…", text(robot, "#scenario-message"));
            assertSame(model, session.session(), "the lesson on screen stays while the new one is prepared");
            view.fileActions().cancelOpening(); // what Cancel does; its result can only arrive after this runnable
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Did not open far.json: cancelled. Nothing was changed.", text(robot, "#scenario-message"));
        assertSame(model, session.session());
        assertEquals(before, screen(robot));

        files.toOpen.add(file);
        ctrl(robot, KeyCode.O);
        Await.untilOpened(robot);
        assertEquals("Opened far.json.", text(robot, "#scenario-message"));
        assertEquals(far, session.session());
        assertEquals(Limits.UPDATES + 1, view.lessonModel().updatesProperty().get(), "after the saved updates, at the saved example");
        assertEquals(3, view.lessonModel().index(), "at the saved micro-step");
    }

    @Test
    void clearRecentFilesLeavesNothingForTheNextClassToSee(FxRobot robot) throws Exception {
        files.toOpen.add(Files.writeString(dir.resolve("mine.json"), ScenarioFile.write(Session.classroom())));
        ctrl(robot, KeyCode.O);
        Await.untilOpened(robot);
        MenuBar bar = robot.lookup(".file-menu-bar").queryAs(MenuBar.class);
        MenuItem recent = bar.getMenus().get(0).getItems().stream().filter(i -> "open-recent".equals(i.getId())).findFirst().orElseThrow();
        assertFalse(recent.isDisable(), "the file just opened is listed");
        MenuItem clear = ((Menu) recent).getItems().stream().filter(i -> "clear-recent".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(clear::fire); // a submenu's popup is not a node TestFX can click reliably headless
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(recent.isDisable(), "nothing left to open");
        assertEquals("Recent scenarios cleared.", text(robot, "#scenario-message"));
    }

    @Test
    void aLongRefusalIsReadInFullInTheMessageBarAtProjectorSize(FxRobot robot) throws Exception {
        robot.interact(() -> {
            display.textSizeProperty().set(21);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        String good = ScenarioFile.write(Session.classroom());
        Path wrong = Files.writeString(dir.resolve("a lesson with a long name from a colleague.json"),
                good.replace("\"epsilon\": 1.0E-8", "\"epsilon\": -1"));
        files.toOpen.add(wrong);
        ctrl(robot, KeyCode.O);
        Await.untilOpened(robot);
        Label message = robot.lookup("#scenario-message").queryAs(Label.class);
        assertTrue(message.getText().length() > 100 && message.getText().endsWith("Nothing was changed."), message.getText());
        Text shown = (Text) message.lookup(".text");
        assertEquals(message.getText(), shown.getText(), "drawn whole, not cut off with …");
        Bounds text = shown.localToScene(shown.getBoundsInLocal()), bar = message.localToScene(message.getLayoutBounds());
        assertTrue(text.getMaxY() <= bar.getMaxY() + 0.5 && text.getMaxX() <= bar.getMaxX() + 0.5, "inside its label: " + text + " in " + bar);
        assertTrue(bar.getMaxX() <= message.getScene().getWidth() && bar.getMaxY() <= message.getScene().getHeight(), "inside the window: " + bar);
    }

    @Test
    void aBrokenFileIsRefusedInOneSentenceAndNothingChanges(FxRobot robot) throws Exception {
        robot.clickOn("#network-scroll");
        robot.type(KeyCode.RIGHT, 4);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, String> before = screen(robot);
        Session model = session.session();
        String good = ScenarioFile.write(Session.classroom());
        Path broken = Files.writeString(dir.resolve("broken.json"), good.substring(0, good.length() / 3));
        files.toOpen.add(broken);
        ctrl(robot, KeyCode.O);
        Await.untilOpened(robot);
        String message = text(robot, "#scenario-message");
        assertTrue(message.startsWith("Could not open broken.json: invalid JSON at line "), message);
        assertTrue(message.endsWith("Nothing was changed."), message);
        assertEquals(before, screen(robot));
        assertTrue(model == session.session(), "the session is untouched");

        Path wrong = Files.writeString(dir.resolve("wrong.json"), good.replace("\"epsilon\": 1.0E-8", "\"epsilon\": -1"));
        files.toOpen.add(wrong);
        ctrl(robot, KeyCode.O);
        Await.untilOpened(robot);
        assertTrue(text(robot, "#scenario-message").startsWith("Could not open wrong.json: optimizer.epsilon must be positive, got -1 (line "),
                text(robot, "#scenario-message"));
        files.toOpen.add(Files.writeString(dir.resolve("empty.json"), ""));
        ctrl(robot, KeyCode.O);
        Await.untilOpened(robot);
        assertEquals("Could not open empty.json: the file is empty. Nothing was changed.", text(robot, "#scenario-message"));
        files.toOpen.add(dir);
        ctrl(robot, KeyCode.O);
        Await.untilOpened(robot);
        assertEquals("Could not open " + dir.getFileName() + ": it is a folder, not a file. Nothing was changed.", text(robot, "#scenario-message"));
        files.toOpen.add(Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}));
        ctrl(robot, KeyCode.O);
        Await.untilOpened(robot);
        assertEquals("Could not open binary.json: line 1, column 1: not UTF-8 text (save the file as UTF-8). Nothing was changed.",
                text(robot, "#scenario-message"));
        assertEquals(before, screen(robot));
    }

    @Test
    void theCurvesTrainOnWhatTheSteppingViewShowsEvenWhileAFieldIsBeingTyped(FxRobot robot) throws Exception {
        reveal(robot, "#lr-sgd");
        robot.doubleClickOn("#lr-sgd").eraseText(6).write("0.3"); // typed, not yet committed
        ctrl(robot, KeyCode.T);
        CurvesModel curves = view.curvesModel();
        Await.until(curves.runningProperty().not());
        assertEquals(0.3, session.setup().rate(Type.SGD), 0.0, "Ctrl + T committed the field first");
        assertEquals(0.3, view.lessonModel().setup().optimizer().learningRate(), 0.0, "the stepping view uses it");
        assertEquals(view.lessonModel().setup(), CurvesModel.plan(session.setup()).base(), "the curves start from the stepping lesson");
        assertFalse(curves.curvesProperty().get().isEmpty());
        assertEquals(0.3, curves.curvesProperty().get().get(0).spec().optimizer().learningRate(), 0.0);
    }
}

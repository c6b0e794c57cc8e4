package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.panels.WordDataControl;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.setup.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher loads her own word data: bad rows are named by line and column, and nothing changes until the files are good. */
@ExtendWith(ApplicationExtension.class)
class WordDataTest {
    @TempDir Path dir;
    private final TestFiles files = new TestFiles();
    private SessionModel model;

    @Start
    void start(Stage stage) {
        model = new SessionModel(Session.classroom());
        BackpropLabApp.show(stage, model, new DisplaySettings(), files);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aBadRowIsReportedWithLineAndColumnAndTheLessonStays(FxRobot robot) throws Exception {
        files.toOpen.add(Files.writeString(dir.resolve("words.csv"), "word,v1,v2,v3,v4\nrome,0.7,0.5,-0.4,0.3\nin,0.1,x,0.2,0.3\n"));
        files.toOpen.add(Files.writeString(dir.resolve("sentences.txt"), "we live in [rome]\n"));
        String before = text(robot, "#example-info");
        robot.clickOn("#load-data");
        Await.untilLoaded(robot);
        assertEquals("words.csv line 3, column 8: 'x' is not a number", text(robot, "#data-message"));
        assertEquals(before, text(robot, "#example-info"), "nothing changed");
        assertTrue(model.session().words().vocabulary().contains("paris"));
    }

    @Test
    void filesAreReadOffTheWindowsThreadAndCancellingKeepsTheDataInUse(FxRobot robot) throws Exception {
        Path words = Files.writeString(dir.resolve("words.csv"), "word,v1,v2,v3,v4\nrome,0.7,0.5,-0.4,0.3\nwe,0.1,0.1,0.2,0.3\n");
        Path sentences = Files.writeString(dir.resolve("sentences.txt"), "we [rome]\n");
        WordDataControl control = robot.lookup("#word-data").queryAs(WordDataControl.class);
        Session before = model.session();
        robot.interact(() -> {
            control.load(words, sentences);
            assertTrue(robot.lookup("#cancel-load").queryButton().isVisible(), "Cancel shows while the files are read");
            assertTrue(robot.lookup("#load-data").queryButton().isDisabled(), "one loading at a time");
            assertEquals("Reading words.csv and sentences.txt…", text(robot, "#data-message"));
            control.cancel(); // what Cancel does; the result can only arrive after this runnable
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Did not load words.csv and sentences.txt: cancelled. Nothing was changed.", text(robot, "#data-message"));
        assertSame(before, model.session());
        assertFalse(robot.lookup("#load-data").queryButton().isDisabled());
    }

    @Test
    void aMissingFileIsReported(FxRobot robot) throws Exception {
        files.toOpen.add(dir.resolve("nope.csv"));
        files.toOpen.add(dir.resolve("nope.txt"));
        robot.clickOn("#load-data");
        Await.untilLoaded(robot);
        assertEquals(dir.resolve("nope.csv") + ": no such file.", text(robot, "#data-message"));
    }

    @Test
    void goodFilesReplaceTheDataAndBundledBringsItBack(FxRobot robot) throws Exception {
        files.toOpen.add(Files.writeString(dir.resolve("words.csv"),
                "word,v1,v2,v3,v4\nrome,0.7,0.5,-0.4,0.3\noslo,0.6,0.4,-0.3,0.2\nwe,0.1,0.1,0.2,0.3\nlive,-0.2,0.3,0.1,0.0\nin,0.0,-0.1,0.2,0.1\n"));
        files.toOpen.add(Files.writeString(dir.resolve("sentences.txt"), "we live in [rome]\nwe live in [oslo]\nin [rome] we live\n"));
        robot.clickOn("#load-data");
        Await.untilLoaded(robot);
        assertEquals("Loaded 5 words and 3 sentences; the notes' example words are missing, so lessons start with the first window.",
                text(robot, "#data-message"));
        assertTrue(text(robot, "#example-info").startsWith("True window:\n  rome") || text(robot, "#example-info").startsWith("True window:\n  oslo"),
                text(robot, "#example-info"));
        assertEquals("Step 1 of 19 · Inputs", text(robot, "#status"));
        robot.clickOn("#bundled-data");
        assertTrue(text(robot, "#example-info").startsWith("True window:\n  paris"));
    }
}

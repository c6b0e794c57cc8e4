package backproplab.app;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import static backproplab.app.Reveal.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import backproplab.io.Pipes;
import backproplab.setup.Limits;
import backproplab.setup.Preset;
import backproplab.setup.Session;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typed, pasted and loaded hostile values in the window: each gets its message where it was given, and the session stays. */
@ExtendWith(ApplicationExtension.class)
class HostileWindowInputTest {
    @TempDir Path dir;
    private final TestFiles files = new TestFiles();
    private SessionModel session;

    @Start
    void start(Stage stage) {
        session = new SessionModel(Session.classroom());
        BackpropLabApp.show(stage, session, new DisplaySettings(), files);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Puts {@code value} in the field as a paste would, then commits it with Enter. */
    private static void paste(FxRobot robot, String id, String value) {
        reveal(robot, id);
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(id);
        robot.interact(() -> field.setText(value));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void hostileNumbersAreRefusedAtTheirField(FxRobot robot) {
        Session before = session.session();
        paste(robot, "#lr-sgd", "NaN");
        assertEquals("Enter a finite number.", text(robot, "#lr-sgd-message"));
        paste(robot, "#lr-sgd", "1e999");
        assertEquals("Enter a finite number.", text(robot, "#lr-sgd-message"));
        paste(robot, "#lr-sgd", "9".repeat(10_000) + "x");
        assertEquals("'" + "9".repeat(40) + "…' is not a number.", text(robot, "#lr-sgd-message"));
        paste(robot, "#epochs", "1e12");
        assertEquals("Epochs must be a whole number from 1 to 100000.", text(robot, "#epochs-message"));
        paste(robot, "#seed", "-3");
        assertEquals("The seed must be a whole number from 0 to 10^15.", text(robot, "#seed-message"));
        assertSame(before, session.session(), "nothing applied");
    }

    @Test
    void hostileLayerSizesAreRefusedAtTheirField(FxRobot robot) {
        robot.clickOn("#preset").clickOn(Preset.CUSTOM.toString());
        WaitForAsyncUtils.waitForFxEvents();
        Session before = session.session();
        paste(robot, "#layers", "4-".repeat(5_000) + "1");
        assertEquals("that is not a list of layer sizes; type sizes like 4-3-3-1.", text(robot, "#layers-message"));
        paste(robot, "#layers", "4-99999999999-1");
        assertEquals("'99999999999' is not a number of units; type sizes like 4-3-3-1.", text(robot, "#layers-message"));
        assertSame(before, session.session());
    }

    @Test
    void aFolderABinaryFileOrAHugeFileAsWordDataIsRefused(FxRobot robot) throws Exception {
        Session before = session.session();
        Path sentences = Files.writeString(dir.resolve("s.txt"), "in [rome]\n");
        files.toOpen.add(dir);
        files.toOpen.add(sentences);
        robot.clickOn("#load-data");
        Await.untilLoaded(robot);
        assertEquals(dir + ": it is a folder, not a file.", text(robot, "#data-message"));
        files.toOpen.add(Files.write(dir.resolve("v.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
        files.toOpen.add(sentences);
        robot.clickOn("#load-data");
        Await.untilLoaded(robot);
        assertEquals("v.csv line 1, column 1: not UTF-8 text (save the file as UTF-8)", text(robot, "#data-message"));
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L << 20);
        }
        files.toOpen.add(big);
        files.toOpen.add(sentences);
        robot.clickOn("#load-data");
        Await.untilLoaded(robot);
        assertEquals(big + ": the file has 100 MB; at most 10 MB are read.", text(robot, "#data-message"));
        assertSame(before, session.session());
    }

    @Test
    @Timeout(180) // only catches a hang: reading /dev/zero whole, or waiting on the pipe's writer
    void aDeviceOrAPipeOpenedAsAScenarioIsRefusedUnreadAndTheLessonStays(FxRobot robot) throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");
        robot.clickOn("#network-scroll");
        robot.type(KeyCode.RIGHT, 3);
        Session before = session.session();
        files.toOpen.add(zero);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        Await.untilOpened(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Could not open zero: it is not a regular file (a device or a pipe). Nothing was changed.", text(robot, "#scenario-message"));
        files.toOpen.add(Pipes.make(dir.resolve("lesson.json")));
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        Await.untilOpened(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Could not open lesson.json: it is not a regular file (a device or a pipe). Nothing was changed.", text(robot, "#scenario-message"));
        assertSame(before, session.session(), "the lesson on screen stays");
        assertTrue(text(robot, "#status").startsWith("Step 4 of 19"), text(robot, "#status"));
    }

    @Test
    void aHugeScenarioIsRefusedBeforeReading(FxRobot robot) throws Exception {
        Session before = session.session();
        Path big = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L << 20);
        }
        files.toOpen.add(big);
        robot.clickOn("#network-scroll");
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        Await.untilOpened(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Could not open huge.json: the file has 100 MB; at most " + (Limits.SCENARIO_BYTES >> 20) + " MB are read. Nothing was changed.",
                text(robot, "#scenario-message"));
        assertSame(before, session.session());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("Step 1 of 19"));
    }
}

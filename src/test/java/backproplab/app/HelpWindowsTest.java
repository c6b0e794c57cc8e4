package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.explain.KeyTable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → Keyboard shortcuts lists every key the app answers; Help → About gives the version, the licence and the notices. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowsTest {
    @Start
    void start(Stage stage) {
        Classroom.show(stage);
    }

    @Test
    void theShortcutsWindowListsEveryKeyAndEscClosesIt(FxRobot robot) {
        robot.clickOn("Help").clickOn("#help-keys");
        WaitForAsyncUtils.waitForFxEvents();
        Node table = robot.lookup("#keys-table").query();
        long keys = robot.from(table).lookup(".help-key").queryAll().size();
        assertEquals(KeyTable.ROWS.size(), keys, "a row a key");
        assertTrue(robot.from(table).lookup((Label l) -> "Ctrl + 0".equals(l.getText())).tryQuery().isPresent(), "Ctrl + 0 among them");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#keys-table").tryQuery().isEmpty(), "Esc closed it");
    }

    @Test
    void aboutGivesTheLicenceAndEveryBundledLibrary(FxRobot robot) {
        robot.clickOn("Help").clickOn("#help-about");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#about-title").queryAs(Label.class).getText().startsWith("Backprop Lab "));
        String licence = robot.lookup("#about-licence").queryAs(TextArea.class).getText();
        assertTrue(licence.startsWith("MIT License"), licence);
        String notices = robot.lookup("#about-notices").queryAs(TextArea.class).getText();
        for (String library : new String[] {"JFreeChart", "jlatexmath", "javafx controls", "picocli", "jackson-databind"}) {
            assertTrue(notices.contains(library), library + " in the notices:\n" + notices);
        }
        assertFalse(notices.contains("Unknown license"));
    }
}

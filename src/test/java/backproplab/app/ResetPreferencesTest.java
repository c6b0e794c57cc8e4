package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.setup.Session;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Reset preferences puts back everything the preferences keep, the window's size too (it is stored again when the window closes). */
@ExtendWith(ApplicationExtension.class)
class ResetPreferencesTest {
    private final DisplaySettings display = new DisplaySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BackpropLabApp.show(stage, new SessionModel(Session.classroom()), display, new TestFiles());
    }

    @Test
    void resetPutsBackTheTextSizeAndTheWindowsFirstSize(FxRobot robot) {
        robot.interact(() -> {
            display.textSizeProperty().set(25);
            stage.setWidth(stage.getWidth() + 200);
            stage.setHeight(stage.getHeight() + 100);
        });
        MenuBar bar = robot.lookup(".file-menu-bar").queryAs(MenuBar.class);
        MenuItem reset = bar.getMenus().get(0).getItems().stream().filter(i -> "reset-preferences".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(reset::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DisplaySettings.DEFAULT_TEXT_SIZE, display.textSizeProperty().get());
        assertEquals(BackpropLabApp.WIDTH, stage.getScene().getWidth(), 0.5, "the first width");
        assertEquals(BackpropLabApp.HEIGHT, stage.getScene().getHeight(), 0.5, "the first height");
    }
}

package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens, headless under Monocle, with its title. */
@ExtendWith(ApplicationExtension.class)
class AppWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new BackpropLabApp().start(stage);
    }

    @Test
    void windowIsTitledBackpropLab(FxRobot robot) {
        assertEquals("Backprop Lab", stage.getTitle());
    }
}

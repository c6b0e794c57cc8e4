package backproplab.app;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.setup.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A teacher exports the example on screen as a handout: the numbers in the file are the ones on screen. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughExportViewTest {
    @TempDir Path dir;
    private final TestFiles files = new TestFiles();

    @Start
    void start(Stage stage) {
        BackpropLabApp.show(stage, new SessionModel(Session.classroom()), new DisplaySettings(), files);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void exportWritesTheExampleOnScreenAsCsvOrMarkdown(FxRobot robot) throws Exception {
        robot.clickOn("#next-example"); // the second example, after one update
        robot.clickOn("#network-scroll");
        robot.type(KeyCode.RIGHT, 2);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = text(robot, "#unit-label-2-1"); // "z = …\na = …" of the true window's first hidden unit
        files.saveTo = dir.resolve("walk.csv");
        robot.clickOn("#export-walkthrough");
        assertEquals("Saved the walkthrough as walk.csv.", text(robot, "#scenario-message"));
        List<String> csv = Files.readAllLines(files.saveTo);
        assertEquals("micro_step,phase,pass,quantity,layer,i,j,value,shown", csv.get(0));
        String z = csv.stream().filter(l -> l.startsWith("2,forward,true,z,2,1,")).findFirst().orElseThrow();
        String a = csv.stream().filter(l -> l.startsWith("2,forward,true,a,2,1,")).findFirst().orElseThrow();
        assertEquals(shown, "z = " + z.substring(z.lastIndexOf(',') + 1) + "\na = " + a.substring(a.lastIndexOf(',') + 1));

        files.saveTo = dir.resolve("walk.md");
        robot.clickOn("#export-walkthrough");
        String md = Files.readString(files.saveTo);
        assertTrue(md.startsWith("# Walkthrough: 4-2-1 network · sigmoid hidden units · max-margin loss (Δ = 1) · SGD, α = 0.1"
                + " · example 2, after 1 update\n"), md);

        files.saveTo = dir.resolve("no/such/walk.csv");
        robot.clickOn("#export-walkthrough");
        assertEquals("Could not save walk.csv: the folder does not exist.", text(robot, "#scenario-message"));
    }
}

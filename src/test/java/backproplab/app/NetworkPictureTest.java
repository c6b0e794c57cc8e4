package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.setup.Session;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.xml.sax.InputSource;

/** A teacher saves the step on screen for a handout: the network and its formula, as PNG or SVG, or on the clipboard. */
@ExtendWith(ApplicationExtension.class)
class NetworkPictureTest {
    @TempDir static Path dir;
    private final TestFiles files = new TestFiles();

    @Start
    void start(Stage stage) {
        BackpropLabApp.show(stage, new SessionModel(Session.classroom()), new DisplaySettings(), files);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#scenario-message").queryAs(Label.class).getText();
    }

    /** Types a size into the dialog's fields. */
    private static void size(FxRobot robot, String width, String height) {
        robot.doubleClickOn("#picture-width").eraseText(8).write(width);
        robot.doubleClickOn("#picture-height").eraseText(8).write(height);
    }

    /** 1200 × 800, with the values and formula, the current unit's ring and the edges' colours drawn. */
    private static void assertPictureOfTheStep(BufferedImage png) {
        assertEquals(1200, png.getWidth());
        assertEquals(800, png.getHeight());
        int dark = 0, focus = 0, blue = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y), r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
                if (r + g + b < 150) dark++;
                if (r > 200 && g > 130 && g < 180 && b < 60) focus++; // the current unit's ring (#e69f00)
                if (r < 40 && g > 90 && g < 130 && b > 160) blue++;   // positive weights (#0072b2)
            }
        }
        assertTrue(dark > 3000, "values and formula are drawn: " + dark);
        assertTrue(focus > 200, "the current unit is highlighted: " + focus);
        assertTrue(blue > 200, "the edges keep their colours: " + blue);
    }

    @Test
    void thePictureIsTheStepOnScreenAtTheChosenSize(FxRobot robot) throws Exception {
        robot.clickOn("#network-scroll");
        robot.type(KeyCode.RIGHT, 3); // z and a of the output unit: highlighted in the focus colour
        WaitForAsyncUtils.waitForFxEvents();

        files.saveTo = dir.resolve("network.png");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        size(robot, "12O0", "800");
        assertTrue(Classroom.ok(robot).isDisabled(), "a letter in the width: OK waits");
        assertTrue(robot.lookup("#picture-width-message").queryAs(Label.class).isVisible());
        size(robot, "1200", "800");
        robot.clickOn(Classroom.ok(robot));
        assertEquals("Saved the network picture as network.png (1200 × 800).", message(robot));
        assertPictureOfTheStep(ImageIO.read(files.saveTo.toFile()));

        files.saveTo = dir.resolve("network.svg");
        robot.clickOn("File").clickOn("Export network picture…");
        robot.clickOn(Classroom.ok(robot)); // the last size is offered again
        String svg = Files.readString(files.saveTo);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals(1200, Double.parseDouble(document.getDocumentElement().getAttribute("width")), 0.0);
        assertTrue(document.getElementsByTagName("path").getLength() > 50, "text and formula as outlines");
        assertFalse(svg.contains("jlm_"), "no font the reader may lack");
        files.saveTo = dir.resolve("network.pdf");
        robot.clickOn("File").clickOn("Export network picture…");
        robot.clickOn(Classroom.ok(robot));
        byte[] pdf = Files.readAllBytes(files.saveTo);
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1), "a PDF for a handout, by the file's ending");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Copied the network picture (1200 × 800): paste it into a slide or a handout.", message(robot));
        Image[] copied = new Image[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getImage());
        assertEquals(1200, copied[0].getWidth(), 0.0);
        assertEquals(800, copied[0].getHeight(), 0.0);

        files.saveTo = dir.resolve("no/such/network.png");
        robot.clickOn("File").clickOn("Export network picture…");
        robot.clickOn(Classroom.ok(robot));
        assertEquals("Could not save network.png: the folder does not exist.", message(robot));
        assertTrue(robot.lookup("#network-scroll").query().isVisible(), "the window goes on");
    }
}

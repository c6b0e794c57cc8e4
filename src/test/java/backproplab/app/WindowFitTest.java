package backproplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window always fits the screen's visible bounds, whatever size the preferences remember. */
class WindowFitTest {
    @Test
    void aRememberedSizeLargerThanTheScreenIsCutToItAndTheMenusStayReachable() {
        Rectangle2D laptop = new Rectangle2D(0, 27, 1366, 741); // below a 27 px system bar
        assertEquals(new Rectangle2D(0, 27, 1366, 741), BackpropLabApp.fit(20_000, 20_000, laptop));
    }

    @Test
    void aSizeThatFitsIsKeptAndCentred() {
        Rectangle2D screen = new Rectangle2D(1920, 0, 1920, 1040); // a second screen to the right
        assertEquals(new Rectangle2D(1920 + 277, 150, 1366, 740), BackpropLabApp.fit(1366, 740, screen));
    }
}

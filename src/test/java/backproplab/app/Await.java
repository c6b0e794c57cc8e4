package backproplab.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How window tests wait: for the event they need, told by the FX thread, never for a time. The
 * limit only stops a hung test; it says nothing about speed and is generous for a busy machine.
 */
final class Await {
    /** The longest a test waits for an event before it calls the wait a hang. */
    static final long HANG_SECONDS = 180;

    private Await() {}

    /** Waits until the scenario being opened (Ctrl + O, Open recent) is shown or refused: its Cancel button has gone. */
    static void untilOpened(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(); // the key or click that started the opening has been handled
        until(robot.lookup("#cancel-opening").queryButton().visibleProperty().not());
    }

    /** Waits until the word files being loaded (Load data…) are in use or refused: their Cancel button has gone. */
    static void untilLoaded(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(); // the click that started the loading has been handled
        until(robot.lookup("#cancel-load").queryButton().visibleProperty().not());
    }

    /** Waits until {@code condition} is true (checked on the FX thread), then for the events it set off. */
    static void until(ObservableBooleanValue condition) {
        CountDownLatch met = new CountDownLatch(1);
        Platform.runLater(() -> {
            if (condition.get()) {
                met.countDown();
                return;
            }
            condition.addListener(new ChangeListener<>() {
                @Override public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (!now) return;
                    condition.removeListener(this);
                    met.countDown();
                }
            });
        });
        try {
            if (!met.await(HANG_SECONDS, TimeUnit.SECONDS)) fail("still waiting after " + HANG_SECONDS + " s: the window hangs");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

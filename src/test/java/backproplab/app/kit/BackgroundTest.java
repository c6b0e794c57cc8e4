package backproplab.app.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Only the latest piece of background work counts: one cancelled or replaced changes nothing, even when it had finished. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTest {
    private static final long HANG_SECONDS = 180; // guards against a hang only

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    @Test
    void aPieceCancelledAfterItsWorkWasDoneDeliversNothing(FxRobot robot) throws Exception {
        Background<String> work = new Background<>();
        List<String> delivered = new ArrayList<>();
        CountDownLatch release = new CountDownLatch(1), finished = new CountDownLatch(1);
        String[] cancelled = new String[1];
        robot.interact(() -> work.start("lesson.json", () -> {
            release.await();
            finished.countDown(); // the work is done; its success is posted to the FX thread next
            return "lesson";
        }, delivered::add, e -> delivered.add("failed")));
        assertTrue(work.busy().get());
        robot.interact(() -> {
            release.countDown();
            try { // the FX thread waits here, so the work's success is posted but cannot be handled before Cancel
                assertTrue(finished.await(HANG_SECONDS, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            cancelled[0] = work.cancel();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("lesson.json", cancelled[0], "what was cancelled");
        assertEquals(List.of(), delivered, "nothing delivered");
        assertFalse(work.busy().get());
        assertNull(work.cancel(), "nothing left to cancel");
    }

    @Test
    void aNewPieceReplacesTheOneRunningAndOnlyItsResultArrives(FxRobot robot) throws Exception {
        Background<String> work = new Background<>();
        List<String> delivered = new ArrayList<>();
        CountDownLatch first = new CountDownLatch(1), done = new CountDownLatch(1);
        robot.interact(() -> {
            work.start("first", () -> {
                first.await();
                return "first";
            }, delivered::add, e -> delivered.add("failed"));
            work.start("second", () -> "second", r -> {
                delivered.add(r);
                done.countDown();
            }, e -> delivered.add("failed"));
        });
        assertTrue(done.await(HANG_SECONDS, TimeUnit.SECONDS));
        first.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("second"), delivered);
    }
}

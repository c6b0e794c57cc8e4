package backproplab.app.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The ticks a class reads values off: round steps of 1, 2 or 5 times a power of ten, whole numbers where asked. */
class PlotFrameTest {
    @Test
    void ticksAreRoundStepsInsideTheRange() {
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3, 0.4}, PlotFrame.ticks(-0.0954, 0.4, 0), 1e-12, "inside the range only");
        assertArrayEquals(new double[] {0.42, 0.43, 0.44, 0.45, 0.46}, PlotFrame.ticks(0.415, 0.465, 0), 1e-12);
        assertArrayEquals(new double[] {0, 20, 40, 60, 80, 100}, PlotFrame.ticks(0, 100, 0), 1e-12, "about five: a step of 20");
        assertArrayEquals(new double[] {0, 1, 2, 3}, PlotFrame.ticks(0, 3, 1), 1e-12, "updates: whole numbers only");
        assertArrayEquals(new double[] {0}, PlotFrame.ticks(-0.5, 0.5, 1), 1e-12, "one update: its own tick");
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, PlotFrame.ticks(0, 10.2, 1), 1e-12);
    }

    /** Labels too long for the ticks' spacing are thinned to every second (or third) tick, 0 always among them. */
    @Test
    void labelsThatWouldTouchAreThinnedKeepingZero() {
        double[] ticks = {-1.5, -1, -0.5, 0, 0.5, 1, 1.5};
        assertArrayEquals(new boolean[] {true, true, true, true, true, true, true}, PlotFrame.labelled(ticks, 60, 50));
        assertArrayEquals(new boolean[] {false, true, false, true, false, true, false}, PlotFrame.labelled(ticks, 40, 70), "-1, 0, 1");
        assertArrayEquals(new boolean[] {true, false, false, true, false, false, true}, PlotFrame.labelled(ticks, 20, 50), "-1.5, 0, 1.5");
        assertArrayEquals(new boolean[] {true, false, true}, PlotFrame.labelled(new double[] {1, 2, 3}, 10, 15), "no 0: from the first");
    }
}

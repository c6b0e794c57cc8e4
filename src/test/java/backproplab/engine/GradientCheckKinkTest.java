package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gradient check names a kink only where the nudge ±h of that parameter crosses it, and names
 * the kink it crosses: the two nets the audit measured, built by hand so every z is exact.
 */
class GradientCheckKinkTest {
    /** The true window x and the corrupt one x_c, which differ in the third input only. */
    private static final Sample WINDOWS = new Sample(new double[] {1, 0.5, -0.5, 0.75}, new double[] {1, 0.5, 0.5, 0.75});

    private static void set(Network net, int k, double[][] rows, double... biases) {
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, net.weights(k), i * rows[i].length, rows[i].length);
        System.arraycopy(biases, 0, net.biases(k), 0, biases.length);
    }

    @Test
    void aReluNetWithOneUnitAtItsCornerAndACoarseH() {
        Network net = new Network(new int[] {4, 3, 1}, Activation.RELU, Activation.SIGMOID, 0.1);
        set(net, 1, new double[][] {{0.5, -0.5, 0.25, 0.5}, {1, 1, 0, 1}, {0.25, 0, 0, 0}}, -0.5, 0.25, -0.22);
        set(net, 2, new double[][] {{1.5, 0.5, 1}}, 0);
        // z^(2)_1 = 0 exactly in the true window (0.25 in the corrupt one); z^(2)_2 = 2.5, far from 0; z^(2)_3 = 0.03 in both
        List<GradientCheck.Entry> entries = GradientCheck.run(net, new MaxMarginLoss(3), WINDOWS, 0, 0.1);

        int failed = 0;
        for (GradientCheck.Entry e : entries) {
            if (e.passed()) continue;
            List<Integer> units = e.kinks().stream().map(GradientCheck.Kink::unit).toList();
            if (e.layer() == 1 && e.row() == 0) {
                assertEquals(List.of(new GradientCheck.Kink(2, 0, "true", Activation.RELU, 0, 0)), e.kinks(), "its own unit's corner: " + e);
            } else if (e.layer() == 1 && e.row() == 2) {
                assertFalse(e.kinks().isEmpty(), "±0.1 moves z^(2)_3 = 0.03 across 0: " + e);
                assertTrue(units.stream().allMatch(u -> u == 2), "only z^(2)_3's corner, not z^(2)_1's: " + e);
            } else {
                assertTrue(e.failed(), "moves no unit across a corner: the sigmoid's curve, h too coarse, " + e);
                failed++;
            }
        }
        assertTrue(failed >= 4, failed + " entries fail from the curve alone, as the audit measured");
        GradientCheck.Entry w31 = entries.stream().filter(e -> e.parameter().equals(Parameter.weight(1, 2, 2))).findFirst().orElseThrow();
        assertEquals(List.of("true", "corrupt"), w31.kinks().stream().map(GradientCheck.Kink::window).toList(),
                "W^(1)_33 sees x_3 = −0.5 and 0.5: it moves z^(2)_3 across 0 in both windows");
    }

    @Test
    void aHardTanhNetWithTheHingeAtZeroBlamesTheHingeWhereTheCornerIsNotMoved() {
        Network net = new Network(new int[] {4, 2, 1}, Activation.HARDTANH, Activation.IDENTITY, 0.1);
        set(net, 1, new double[][] {{0.5, 0.5, 0, 0.5}, {0.25, 0, 0.5, 0}}, -0.125, 0);
        set(net, 2, new double[][] {{1, -1}}, 0);
        // z^(2)_1 = 1 exactly in both windows (hard tanh's corner); s = 1, s_c = 0.5: with Δ = 0.5 the hinge is exactly 0
        List<GradientCheck.Entry> entries = GradientCheck.run(net, new MaxMarginLoss(0.5), WINDOWS, 0, GradientCheck.DEFAULT_H);

        int hingeOnly = 0;
        for (GradientCheck.Entry e : entries) {
            assertFalse(e.failed(), "every difference here is a kink's: " + e);
            if (e.passed()) continue;
            boolean feedsTheCornerUnit = e.layer() == 1 && e.row() == 0;
            if (!feedsTheCornerUnit) {
                assertEquals(List.of(GradientCheck.Kink.hinge(0)), e.kinks(), "does not move z^(2)_1: the hinge alone, " + e);
                hingeOnly++;
            }
        }
        assertEquals(2, hingeOnly, "W^(1)_23 and W^(2)_12 move the hinge and nothing else");
        GradientCheck.Entry w13 = entries.stream().filter(e -> e.parameter().equals(Parameter.weight(1, 0, 2))).findFirst().orElseThrow();
        assertEquals(List.of(new GradientCheck.Kink(2, 0, "true", Activation.HARDTANH, 1, 1),
                new GradientCheck.Kink(2, 0, "corrupt", Activation.HARDTANH, 1, 1), GradientCheck.Kink.hinge(0)), w13.kinks(),
                "W^(1)_13 moves z^(2)_1 across +1 in both windows, and the hinge across 0");
    }
}

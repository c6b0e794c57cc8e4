package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Whole powers by repeated squaring: exact where the products are; elsewhere each squaring doubles the
 * relative error so far, so within about n ulps of fdlibm's pow (1e-11 relative at n = 100,000).
 */
class PowersTest {
    @Test
    void smallPowersAreTheProductsAPersonWouldType() {
        assertEquals(1.0, Powers.whole(0.9, 0), 0.0);
        assertEquals(0.9, Powers.whole(0.9, 1), 0.0);
        assertEquals(0.9 * 0.9, Powers.whole(0.9, 2), 0.0);
        assertEquals(0.9 * 0.9 * (0.9 * 0.9), Powers.whole(0.9, 4), 0.0);
        assertEquals(1024.0, Powers.whole(2, 10), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Powers.whole(0.9, -1));
    }

    @Test
    void largePowersStayWithinNUlpsOfStrictMath() {
        for (double base : new double[] {0.9, 0.99, 0.999, 0.5, 0.3}) {
            for (int n : new int[] {3, 7, 10, 100, 1_000, 10_000, 100_000, 1_000_000}) {
                double ours = Powers.whole(base, n), fdlibm = StrictMath.pow(base, n);
                if (fdlibm == 0) {
                    assertTrue(ours < Double.MIN_NORMAL, base + "^" + n);
                    continue;
                }
                assertEquals(fdlibm, ours, n * Math.ulp(fdlibm), base + "^" + n);
            }
        }
    }
}

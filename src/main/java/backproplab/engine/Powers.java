package backproplab.engine;

/**
 * Whole powers, the way the engine computes them: by repeated squaring, IEEE products only, so the
 * same bits on every JVM and processor, in at most 2·log₂ n products, allocating nothing (fdlibm's
 * pow, in Java since JDK 17, allocates until the JIT has compiled it). Adam's bias correction
 * 1 − β^(t+1) and the step schedule's factor^⌊t/every⌋ use it, and so does the explanation of an
 * update, so the numbers shown are the engine's.
 */
public final class Powers {
    private Powers() {}

    /** {@code base}^n for a whole n ≥ 0 (1 for n = 0). */
    public static double whole(double base, int n) {
        if (n < 0) throw new IllegalArgumentException("the exponent must be a whole number ≥ 0, got " + n);
        double result = 1, square = base;
        for (int rest = n; rest > 0; rest >>= 1) {
            if ((rest & 1) != 0) result *= square;
            if (rest > 1) square *= square;
        }
        return result;
    }
}

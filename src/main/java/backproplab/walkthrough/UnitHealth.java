package backproplab.walkthrough;

import backproplab.engine.Activation;

/**
 * Units that learn slowly or not at all, as the stepping view flags them: saturated — f'(z) so
 * small that every gradient through the unit is multiplied by almost 0 — and dead — a ReLU whose z
 * was ≤ 0 on every example so far, so that no gradient of the loss has reached its incoming weights
 * (L2, if on, still shrinks them).
 */
public final class UnitHealth {
    /** |f'(z)| below this is saturated (sigmoid beyond |z| ≈ 4.6, tanh beyond ≈ 3.0; hard tanh outside [−1, 1]). */
    public static final double SATURATED = 0.01;

    /** What a dead ReLU means for learning. */
    public static final String DEAD_TEXT = "Dead: z ≤ 0 on every example so far, so ReLU passes no gradient back and the loss has not"
            + " moved the weights into this unit (with L2 on, they only shrink toward 0). A smaller α cannot help it, since no gradient"
            + " reaches these weights; another initialisation, or leaky ReLU (a small slope below 0), avoids it.";

    private UnitHealth() {}

    /**
     * True if unit i of layer k is saturated in pass p of {@code s}: an activation with flat tails
     * (not ReLU, whose f' of 0 is "off", nor leaky ReLU, whose slope is the person's k) and |f'(z)|
     * below {@link #SATURATED}; false while f'(z) is not computed yet.
     */
    public static boolean saturated(Activation f, Snapshot s, int p, int k, int i) {
        if (f == Activation.RELU || f == Activation.LEAKY_RELU || f == Activation.IDENTITY) return false;
        double d = s.derivative(p, k, i);
        return Double.isFinite(d) && Math.abs(d) < SATURATED;
    }

    /** What a saturated unit means for learning, for its hover card. */
    public static String saturatedText(Decimals d, double derivative) {
        return "Saturated: f'(z) = " + d.format(derivative) + " is almost 0, so every gradient through this unit is multiplied by"
                + " almost 0 and the weights into it barely learn. Smaller initial weights, normalized inputs or a smaller α keep z"
                + " in the steep part.";
    }
}

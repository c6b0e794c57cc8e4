package backproplab.walkthrough;

import backproplab.setup.Limits;
import java.util.Locale;

/**
 * Numbers as the screen shows them: a fixed number of decimals everywhere (default 4), except where
 * that would hide the value (below the last decimal, or very large): there scientific notation.
 */
public record Decimals(int places) {
    public static final int DEFAULT = 4, MIN = 0, MAX = 12;

    /** From this magnitude on, numbers are written in scientific notation so they stay readable. */
    public static final double SCIENTIFIC_FROM = 1e7;

    public Decimals {
        if (places < MIN || places > MAX) {
            throw new IllegalArgumentException("decimals must be " + MIN + " to " + MAX + ", got " + places);
        }
    }

    /**
     * {@code v} with exactly {@link #places} decimals; in scientific notation with as many decimals
     * ({@code 6.1281e+306}) once |v| ≥ 10⁷, and also when it is not 0 but below the last decimal shown
     * ({@code 2.6123e-05} at 4 decimals, not 0.0000), so a fixed number of decimals never hides a value a
     * student must check; "–" for a value not computed yet (NaN).
     */
    public String format(double v) {
        if (Double.isNaN(v)) return "–";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "-∞";
        double size = Math.abs(v);
        if (size >= SCIENTIFIC_FROM || size > 0 && size < smallest()) return String.format(Locale.ROOT, "%." + places + "e", v);
        String s = String.format(Locale.ROOT, "%." + places + "f", v);
        return s.matches("-0\\.?0*") ? s.substring(1) : s; // no "-0.0000"
    }

    /** The last decimal shown, 10^−places: anything smaller but not 0 is written in scientific notation. */
    private double smallest() {
        return Math.pow(10, -places);
    }

    /**
     * A setting as a person types it, exact and without trailing zeros: 0.01, 1, 1e-8 as
     * 0.00000001; very large or very small values as Java writes them (1.0E308). Reads back as the same double.
     */
    public static String plain(double v) {
        return Limits.plain(v); // one helper for the whole app: messages below the walkthrough quote numbers too
    }

    /** As {@link #format}, in parentheses when negative, for use inside a product or a sum. */
    public String operand(double v) {
        String s = format(v);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    /** A ratio that may be tiny or huge (a relative error), in scientific notation with two significant digits: 3.2e-11. */
    public static String scientific(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1e", v);
    }
}

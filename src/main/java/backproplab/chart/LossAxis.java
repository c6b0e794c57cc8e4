package backproplab.chart;

import java.awt.Font;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Set;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.xy.XYSeries;

/**
 * The loss axis: linear from 0, or logarithmic (where a loss of exactly 0 has no place), and fitted
 * to the data — except that when a diverged curve would dwarf the others, it is fitted to the curves
 * that stayed finite, so one exploding run does not flatten them.
 */
final class LossAxis {
    /** The smallest loss a log axis shows. */
    private static final double SMALLEST = 1e-6;

    private LossAxis() {}

    static ValueAxis create(boolean log, Font label, Font ticks) {
        ValueAxis axis;
        if (log) {
            LogAxis l = new LogAxis("mean loss (log scale)");
            l.setSmallestValue(SMALLEST); // a loss of exactly 0 cannot be drawn on a log scale
            l.setNumberFormatOverride(new DecimalFormat("0.###")); // 0.316, not 10^-0.5
            axis = l;
        } else {
            NumberAxis n = new NumberAxis("mean loss");
            n.setAutoRangeIncludesZero(true);
            axis = n;
        }
        axis.setLabelFont(label);
        axis.setTickLabelFont(ticks);
        return axis;
    }

    /**
     * Fits {@code axis} to the lines of {@code training} and {@code validation} (curve c's are at
     * index c of each) but the {@code hidden} curves': its automatic range (which counts only the lines
     * shown), unless a diverged curve's losses reach past ten times the finite ones'; then the finite
     * curves' range, and the marks are kept below its top.
     */
    static void fit(ValueAxis axis, boolean log, List<XYSeries> training, List<XYSeries> validation, DivergenceMarks marks,
                    Set<Integer> hidden) {
        double max = 0, minPositive = Double.MAX_VALUE, divergedMax = 0;
        for (int c = 0; c < training.size(); c++) {
            if (hidden.contains(c)) continue;
            for (XYSeries s : List.of(training.get(c), validation.get(c))) {
                for (int i = 0; i < s.getItemCount(); i++) {
                    double y = s.getY(i).doubleValue();
                    if (marks.contains(c)) {
                        divergedMax = Math.max(divergedMax, y);
                    } else {
                        max = Math.max(max, y);
                        if (y > 0) minPositive = Math.min(minPositive, y);
                    }
                }
            }
        }
        if (marks.isEmpty() || max <= 0 || divergedMax <= 10 * max) {
            axis.setAutoRange(true);
            return;
        }
        double upper = log ? max * 3 : max * 1.15;
        axis.setRange(log ? Math.max(SMALLEST, minPositive / 3) : 0, upper);
        marks.keepBelow(upper * (log ? 0.6 : 0.93));
    }

    /** True if any line reaches a loss of exactly 0, which a log axis cannot show. */
    static boolean anyZero(List<XYSeries> training, List<XYSeries> validation) {
        for (List<XYSeries> group : List.of(training, validation)) {
            for (XYSeries s : group) {
                for (int i = 0; i < s.getItemCount(); i++) if (s.getY(i).doubleValue() == 0) return true;
            }
        }
        return false;
    }
}

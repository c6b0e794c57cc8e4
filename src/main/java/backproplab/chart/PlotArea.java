package backproplab.chart;

import backproplab.curves.CurveRun;
import java.util.List;
import java.util.Set;

/**
 * Where a drawing of the loss chart put its plot: the data area in the picture's coordinates and
 * the axes' ranges at that moment, and where each curve's legend entry is. With it a pointer position
 * is turned back into an epoch and a loss, so hovering finds the nearest point by lookup instead of
 * one hit shape per point, and a click on a legend entry finds its curve.
 */
public record PlotArea(double x, double y, double width, double height, double firstEpoch, double lastEpoch,
                       double lowLoss, double highLoss, boolean log, List<LegendEntry> legend) {

    public PlotArea {
        legend = List.copyOf(legend);
    }

    /** Where curve {@code curve}'s legend entry (its line and name) is drawn. */
    public record LegendEntry(int curve, double x, double y, double width, double height) {}

    /** The curve whose legend entry holds ({@code px}, {@code py}), or −1. */
    public int legendCurveAt(double px, double py) {
        for (LegendEntry e : legend) {
            if (px >= e.x() && px <= e.x() + e.width() && py >= e.y() && py <= e.y() + e.height()) return e.curve();
        }
        return -1;
    }

    /** A point of a run: curve {@code curve}'s training or validation loss at {@code epoch}. */
    public record Point(int curve, int epoch, boolean validation, double loss) {}

    /** The horizontal position of {@code epoch}. */
    public double xOf(double epoch) {
        return x + (epoch - firstEpoch) / (lastEpoch - firstEpoch) * width;
    }

    /** The vertical position of {@code loss}, or NaN where it cannot be drawn (0 or less on a log scale). */
    public double yOf(double loss) {
        if (log) {
            if (!(loss > 0)) return Double.NaN;
            return y + height - (Math.log(loss) - Math.log(lowLoss)) / (Math.log(highLoss) - Math.log(lowLoss)) * height;
        }
        return y + height - (loss - lowLoss) / (highLoss - lowLoss) * height;
    }

    /**
     * The finished point of {@code run} nearest to ({@code px}, {@code py}) at the epoch under the
     * pointer, within {@code reach} pixels; validation points only if {@code withValidation}, none of
     * the {@code hidden} curves. Null when the pointer is outside the plot or no line passes within reach.
     */
    public Point nearest(CurveRun run, double px, double py, boolean withValidation, Set<Integer> hidden, double reach) {
        if (px < x || px > x + width || py < y - reach || py > y + height + reach) return null;
        int epoch = (int) Math.round(firstEpoch + (px - x) / width * (lastEpoch - firstEpoch));
        Point best = null;
        double bestDistance = reach;
        for (int c = 0; c < run.size(); c++) {
            int e = Math.max(0, Math.min(epoch, run.epochs(c)));
            if (run.epochs(c) < 0 || hidden.contains(c) || Math.abs(xOf(e) - px) > reach) continue;
            for (boolean validation : withValidation ? new boolean[] {false, true} : new boolean[] {false}) {
                double loss = validation ? run.validation(c, e) : run.training(c, e);
                double distance = Math.hypot(xOf(e) - px, yOf(loss) - py);
                if (distance <= bestDistance) { // NaN (no validation, or 0 on a log scale) never compares
                    bestDistance = distance;
                    best = new Point(c, e, validation, loss);
                }
            }
        }
        return best;
    }
}

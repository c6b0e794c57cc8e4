package backproplab.chart;

import backproplab.curves.Curve;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The curves as CSV: one row per epoch, from epoch 0 (the starting weights), a training and a
 * validation column per curve. An epoch a curve did not reach (it diverged, or training was
 * cancelled) is an empty cell.
 */
public final class CurveTable {
    private CurveTable() {}

    public static String csv(List<Curve> curves) {
        StringBuilder sb = new StringBuilder("epoch");
        int points = 0;
        for (Curve c : curves) {
            sb.append(',').append(quote(c.legend() + " training")).append(',').append(quote(c.legend() + " validation"));
            points = Math.max(points, c.training().length);
        }
        sb.append('\n');
        for (int e = 0; e < points; e++) {
            sb.append(e);
            for (Curve c : curves) {
                sb.append(',').append(e < c.training().length ? number(c.training()[e]) : "");
                sb.append(',').append(e < c.validation().length ? number(c.validation()[e]) : "");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * One curve in a line: its lowest training and validation loss with the epoch of each (0: at the
     * starting weights), and how far it got. {@code Double.NaN} and epoch {@link #NONE} where there is
     * none (no validation examples).
     */
    public record Summary(String curve, double minTraining, int atEpoch, double minValidation, int atValidationEpoch,
                          int epochs, boolean diverged) {
        /** The epoch of a lowest loss that does not exist. */
        public static final int NONE = -1;

        /** The epoch of the lowest training loss as a cell: empty when there is none. */
        public String atEpochCell() {
            return atEpoch == NONE ? "" : Integer.toString(atEpoch);
        }

        /** The epoch of the lowest validation loss as a cell: empty when there is none. */
        public String atValidationEpochCell() {
            return atValidationEpoch == NONE ? "" : Integer.toString(atValidationEpoch);
        }
    }

    /** The lesson's notes on a race: each curve's best losses, where it reached them, and where it stopped. */
    public static List<Summary> summary(List<Curve> curves) {
        List<Summary> out = new ArrayList<>();
        for (Curve c : curves) {
            int t = lowest(c.training()), v = lowest(c.validation());
            out.add(new Summary(c.legend(), t < 0 ? Double.NaN : c.training()[t], t, v < 0 ? Double.NaN : c.validation()[v], v,
                    c.epochs(), c.diverged()));
        }
        return out;
    }

    /** The summary as tab-separated lines with a header, to paste into a spreadsheet or the lesson's notes. */
    public static String summaryText(List<Summary> rows, DoubleFunction<String> format) {
        StringBuilder sb = new StringBuilder("curve\tlowest training loss\tat epoch\tlowest validation loss\tat epoch\tepochs reached\n");
        for (Summary r : rows) {
            sb.append(r.curve()).append('\t').append(format.apply(r.minTraining())).append('\t').append(r.atEpochCell())
                    .append('\t').append(format.apply(r.minValidation())).append('\t').append(r.atValidationEpochCell())
                    .append('\t').append(r.epochs()).append(r.diverged() ? " (diverged)" : "").append('\n');
        }
        return sb.toString();
    }

    /** The index (the epoch) of the lowest finite value, the first if tied; {@link Summary#NONE} if there is none. */
    private static int lowest(double[] values) {
        int best = Summary.NONE;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i]) && (best < 0 || values[i] < values[best])) best = i;
        }
        return best;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%s", v);
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}

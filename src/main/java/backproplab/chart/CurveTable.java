package backproplab.chart;

import backproplab.curves.Curve;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The curves as CSV: one row per epoch, a training and a validation column per curve. An epoch
 * a curve did not reach (it diverged, or training was cancelled) is an empty cell.
 */
public final class CurveTable {
    private CurveTable() {}

    public static String csv(List<Curve> curves) {
        StringBuilder sb = new StringBuilder("epoch");
        int epochs = 0;
        for (Curve c : curves) {
            sb.append(',').append(quote(c.legend() + " training")).append(',').append(quote(c.legend() + " validation"));
            epochs = Math.max(epochs, c.epochs());
        }
        sb.append('\n');
        for (int e = 1; e <= epochs; e++) {
            sb.append(e);
            for (Curve c : curves) {
                sb.append(',').append(e <= c.epochs() ? number(c.training()[e - 1]) : "");
                sb.append(',').append(e <= c.epochs() ? number(c.validation()[e - 1]) : "");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * One curve in a line: its lowest training and validation loss with the epoch of each, and how
     * far it got. {@code Double.NaN} and epoch 0 where there is none (no validation examples).
     */
    public record Summary(String curve, double minTraining, int atEpoch, double minValidation, int atValidationEpoch,
                          int epochs, boolean diverged) {}

    /** The lesson's notes on a race: each curve's best losses, where it reached them, and where it stopped. */
    public static List<Summary> summary(List<Curve> curves) {
        List<Summary> out = new ArrayList<>();
        for (Curve c : curves) {
            int t = lowest(c.training()), v = lowest(c.validation());
            out.add(new Summary(c.legend(), t < 0 ? Double.NaN : c.training()[t], t + 1, v < 0 ? Double.NaN : c.validation()[v], v + 1,
                    c.epochs(), c.diverged()));
        }
        return out;
    }

    /** The summary as tab-separated lines with a header, to paste into a spreadsheet or the lesson's notes. */
    public static String summaryText(List<Summary> rows, DoubleFunction<String> format) {
        StringBuilder sb = new StringBuilder("curve\tlowest training loss\tat epoch\tlowest validation loss\tat epoch\tepochs reached\n");
        for (Summary r : rows) {
            sb.append(r.curve()).append('\t').append(format.apply(r.minTraining())).append('\t').append(r.atEpoch() == 0 ? "" : r.atEpoch())
                    .append('\t').append(format.apply(r.minValidation())).append('\t').append(r.atValidationEpoch() == 0 ? "" : r.atValidationEpoch())
                    .append('\t').append(r.epochs()).append(r.diverged() ? " (diverged)" : "").append('\n');
        }
        return sb.toString();
    }

    /** The index of the lowest finite value, the first if tied; −1 if there is none. */
    private static int lowest(double[] values) {
        int best = -1;
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

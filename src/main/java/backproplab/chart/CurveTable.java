package backproplab.chart;

import backproplab.curves.Curve;
import java.util.List;
import java.util.Locale;

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

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%s", v);
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}

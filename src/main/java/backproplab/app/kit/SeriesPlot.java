package backproplab.app.kit;

import backproplab.walkthrough.Decimals;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A quantity over the updates, on axes with ticks ({@link PlotFrame}): update t along the bottom (0 …
 * the last), the value up the side from its lowest to its highest (0 included, or fitted to the
 * data), and one update marked with a dashed line and a dot, named in a key — α_t of the schedule,
 * or a weight's value, gradient, optimizer state or step. The values come from the engine; this
 * only draws them.
 */
public final class SeriesPlot extends CanvasPlot {
    private static final Color LINE = Color.web("#0072b2"), MARK = Color.web("#d55e00");

    private double[] values = new double[0];
    private int current = -1;
    private Decimals decimals = new Decimals(Decimals.DEFAULT);
    private boolean includeZero = true;
    private String markName = "";

    public SeriesPlot() {
        super("series-plot", 14, 10);
    }

    /**
     * Shows {@code values[t]} for t = 0 … values.length − 1 and marks update {@code current} (none if
     * outside); labels are {@code fontSize} px with {@code decimals}.
     */
    public void show(double[] values, int current, double fontSize, Decimals decimals) {
        show(values, current, fontSize, decimals, true, "this update");
    }

    /**
     * As above; the value axis from the lowest to the highest value (with 0 if {@code includeZero}),
     * the marked update named {@code markName} in the key.
     */
    public void show(double[] values, int current, double fontSize, Decimals decimals, boolean includeZero, String markName) {
        this.includeZero = includeZero;
        this.markName = markName;
        this.values = values.clone();
        this.current = current;
        this.fontSize = fontSize;
        this.decimals = decimals;
        requestLayout();
        redraw();
    }

    /** The values drawn. */
    public double[] values() {
        return values.clone();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (values.length == 0) return;
        double top = includeZero ? 0 : Double.NEGATIVE_INFINITY, low = includeZero ? 0 : Double.POSITIVE_INFINITY;
        for (double a : values) {
            if (!Double.isFinite(a)) continue;
            top = Math.max(top, a);
            low = Math.min(low, a);
        }
        if (!Double.isFinite(top)) top = low = 0; // nothing finite to show
        double pad = (top - low) * 0.06;
        if (!includeZero) {
            top += pad;
            low -= pad;
        }
        int horizon = values.length - 1;
        double[] updates = horizon == 0 ? new double[] {-0.5, 0.5} : new double[] {0, horizon};
        PlotFrame f = PlotFrame.of(w, h, updates, new double[] {low, top}, new double[] {1, 0}, fontSize, decimals::format);
        if (!f.drawable()) return;
        f.drawAxes(g, "update t", t -> Long.toString(Math.round(t)), decimals::format);
        g.setStroke(LINE);
        g.setLineWidth(2);
        g.beginPath();
        for (int t = 0; t <= horizon; t++) {
            if (t == 0) g.moveTo(f.x(t), f.y(values[t])); else g.lineTo(f.x(t), f.y(values[t]));
        }
        g.stroke();
        if (horizon == 0) { // one update: a dot, not a line
            g.setFill(LINE);
            g.fillOval(f.x(0) - 3, f.y(values[0]) - 3, 6, 6);
        }
        if (current >= 0 && current <= horizon) {
            mark(g, f);
            f.drawKey(g, List.of(new PlotFrame.Key(markName, MARK, true, false)));
        }
    }

    /** The update marked: a dashed line and a dot on the curve. */
    private void mark(GraphicsContext g, PlotFrame f) {
        double x = f.x(current), y = f.y(values[current]);
        g.setStroke(MARK);
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        g.strokeLine(x, f.top(), x, f.bottom());
        g.setLineDashes();
        g.setFill(MARK);
        double r = fontSize * 0.3;
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
    }
}

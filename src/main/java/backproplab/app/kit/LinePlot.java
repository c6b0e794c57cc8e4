package backproplab.app.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Named lines over shared whole x values, on axes with ticks at whole numbers and a key
 * ({@link PlotFrame}): the first solid, the second dashed, each in its own colour, a dot at every point. The values come from the
 * engine; this only draws them.
 */
public final class LinePlot extends CanvasPlot {
    /** A line: its name in the key and its y value at each x. */
    public record Line(String name, double[] y) {}

    private static final Color[] COLOURS = {Color.web("#0072b2"), Color.web("#d55e00")};

    private double[] x = new double[0];
    private List<Line> lines = List.of();
    private String xName = "";
    private DoubleFunction<String> xLabel = Double::toString, yLabel = Double::toString;

    public LinePlot() {
        super("line-plot", 30, 14);
    }

    /**
     * Shows {@code lines} against {@code x}, the horizontal axis named {@code xName}, ticks written by
     * {@code xLabel} and {@code yLabel}, labels {@code fontSize} px.
     */
    public void show(double[] x, List<Line> lines, String xName, DoubleFunction<String> xLabel, DoubleFunction<String> yLabel,
                     double fontSize) {
        this.x = x.clone();
        this.lines = List.copyOf(lines);
        this.xName = xName;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.fontSize = fontSize;
        requestLayout();
        redraw();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (x.length == 0) return;
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (double v : l.y()) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        PlotFrame f = PlotFrame.of(w, h, new double[] {x[0], x[x.length - 1]}, new double[] {Math.min(0, low), high * 1.05},
                new double[] {1, 1}, fontSize, yLabel);
        if (!f.drawable()) return;
        f.drawAxes(g, xName, xLabel, yLabel);
        List<PlotFrame.Key> keys = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            Color colour = COLOURS[n % COLOURS.length];
            boolean dashed = n % 2 == 1;
            g.setStroke(colour);
            g.setFill(colour);
            g.setLineWidth(2.5);
            if (dashed) g.setLineDashes(6, 4); else g.setLineDashes();
            double[] y = lines.get(n).y();
            g.beginPath();
            for (int i = 0; i < x.length; i++) {
                if (i == 0) g.moveTo(f.x(x[i]), f.y(y[i])); else g.lineTo(f.x(x[i]), f.y(y[i]));
            }
            g.stroke();
            for (int i = 0; i < x.length; i++) g.fillOval(f.x(x[i]) - 3.5, f.y(y[i]) - 3.5, 7, 7);
            keys.add(new PlotFrame.Key(lines.get(n).name(), colour, dashed, false));
        }
        g.setLineDashes();
        f.drawKey(g, keys);
    }
}

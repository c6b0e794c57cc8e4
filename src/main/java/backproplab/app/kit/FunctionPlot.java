package backproplab.app.kit;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A small plot of one or two curves given as points (computed by the engine), clipped to a y range. */
public final class FunctionPlot extends Canvas {
    private static final Color BLUE = Color.web("#0072b2"), ORANGE = Color.web("#d55e00"), AXIS = Color.web("#9aa3ad");
    /** Black and white: f in near-black, f' in grey (dashed as always), for handouts printed without colour. */
    private static final Color BLACK = Color.web("#111111"), GREY = Color.web("#707070");

    private double[] x = new double[0], y1, y2;
    private double yMin, yMax;
    private double[] markZ = new double[0], markF = new double[0], markDf = new double[0];
    private int markCurrent = -1;
    private Color first = BLUE, second = ORANGE;

    public FunctionPlot(double width, double height) {
        super(width, height);
        getStyleClass().add("function-plot");
    }

    /**
     * Marks points on the curves: (z, f(z)) on the solid one and (z, f'(z)) on the dashed one for
     * each unit, the values the engine computed; {@code current} (an index, or −1) is drawn larger.
     * Points outside the plotted z range sit at its edge. Empty arrays clear the marks.
     */
    public void mark(double[] z, double[] f, double[] fPrime, int current) {
        markZ = z.clone();
        markF = f.clone();
        markDf = fPrime.clone();
        markCurrent = current;
        if (x.length > 0) draw(x, y1, y2, yMin, yMax);
    }

    /** Draws in black and grey instead of blue and orange (View → Black and white), or back. */
    public void setMonochrome(boolean monochrome) {
        first = monochrome ? BLACK : BLUE;
        second = monochrome ? GREY : ORANGE;
        if (x.length > 0) draw(x, y1, y2, yMin, yMax);
    }

    /** The colour f is drawn in (f' in the other). */
    public Color firstColour() {
        return first;
    }

    /** The z values marked. */
    public double[] marks() {
        return markZ.clone();
    }

    /** Draws y1 (solid) and, if given, y2 (dashed) against x, with y limited to [yMin, yMax]. */
    public void draw(double[] x, double[] y1, double[] y2, double yMin, double yMax) {
        this.x = x;
        this.y1 = y1;
        this.y2 = y2;
        this.yMin = yMin;
        this.yMax = yMax;
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth(), h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.setLineDashes();
        if (yMin < 0 && yMax > 0) g.strokeLine(0, py(0, yMin, yMax, h), w, py(0, yMin, yMax, h));
        if (x[0] < 0 && x[x.length - 1] > 0) {
            double x0 = px(0, x, w);
            g.strokeLine(x0, 0, x0, h);
        }
        line(g, x, y1, yMin, yMax, first, false);
        if (y2 != null) line(g, x, y2, yMin, yMax, second, true);
        g.setStroke(AXIS);
        g.setLineDashes();
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        for (int m = 0; m < markZ.length; m++) {
            double z = Math.max(x[0], Math.min(x[x.length - 1], markZ[m]));
            double r = m == markCurrent ? 3.5 : 2.2;
            g.setFill(first);
            g.fillOval(px(z, x, w) - r, py(Math.max(yMin, Math.min(yMax, markF[m])), yMin, yMax, h) - r, 2 * r, 2 * r);
            g.setFill(second);
            g.fillOval(px(z, x, w) - r, py(Math.max(yMin, Math.min(yMax, markDf[m])), yMin, yMax, h) - r, 2 * r, 2 * r);
            if (m == markCurrent) {
                g.setStroke(Color.BLACK);
                g.setLineWidth(1);
                g.strokeLine(px(z, x, w), 0, px(z, x, w), h);
            }
        }
    }

    private void line(GraphicsContext g, double[] x, double[] y, double yMin, double yMax, Color colour, boolean dashed) {
        g.setStroke(colour);
        g.setLineWidth(2);
        if (dashed) g.setLineDashes(4, 3); else g.setLineDashes();
        g.beginPath();
        for (int i = 0; i < x.length; i++) {
            double yy = Math.max(yMin, Math.min(yMax, y[i]));
            if (i == 0) g.moveTo(px(x[i], x, getWidth()), py(yy, yMin, yMax, getHeight()));
            else g.lineTo(px(x[i], x, getWidth()), py(yy, yMin, yMax, getHeight()));
        }
        g.stroke();
    }

    private static double px(double v, double[] x, double w) {
        return 2 + (v - x[0]) / (x[x.length - 1] - x[0]) * (w - 4);
    }

    private static double py(double v, double yMin, double yMax, double h) {
        return h - 2 - (v - yMin) / (yMax - yMin) * (h - 4);
    }
}

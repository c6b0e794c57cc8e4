package backproplab.app.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The axes of a plot on a canvas: where the data area sits (room left for the tick labels and the
 * axis names), ticks at round values on both axes with their labels, a grid line at each, and a key
 * of what each line or mark is. The plots of the Explain windows and the schedule draw on it; the
 * values come from the engine, this only places them.
 */
public final class PlotFrame {
    /** An entry of the key: a line (solid or dashed) or a dot, in a colour, and what it is. */
    public record Key(String name, Color colour, boolean dashed, boolean dot) {}

    private static final Color AXIS = Color.web("#4a5561"), GRID = Color.web("#e1e5ea");
    /** About this many ticks on an axis: enough to read a value off, few enough to stay apart. */
    private static final int TICKS = 5;

    private final double left, above, width, height, xLow, xHigh, yLow, yHigh;
    private final double[] xTicks, yTicks;
    private final Font font;

    private PlotFrame(double left, double above, double width, double height, double[] x, double[] y, double[] minSteps, Font font) {
        this.left = left;
        this.above = above;
        this.width = width;
        this.height = height;
        this.xLow = x[0];
        this.xHigh = x[1];
        this.yLow = y[0];
        this.yHigh = y[1];
        this.xTicks = ticks(xLow, xHigh, minSteps[0]);
        this.yTicks = ticks(yLow, yHigh, minSteps[1]);
        this.font = font;
    }

    /**
     * A frame on a {@code canvasWidth} × {@code canvasHeight} canvas for x in [xLow, xHigh] and y in
     * [yLow, yHigh] (each widened if empty), the ticks at least {@code minSteps} (x, y) apart (1: whole
     * numbers only; 0: any), its labels {@code fontSize} px, the y labels written by {@code yLabel}.
     */
    public static PlotFrame of(double canvasWidth, double canvasHeight, double[] xRange, double[] yRange, double[] minSteps,
                               double fontSize, DoubleFunction<String> yLabel) {
        double[] x = widened(xRange[0], xRange[1]), y = rounded(widened(yRange[0], yRange[1]), minSteps[1]);
        Font font = Font.font(fontSize * 0.8);
        double labels = 0;
        for (double t : ticks(y[0], y[1], minSteps[1])) labels = Math.max(labels, textWidth(yLabel.apply(t), font));
        double left = labels + fontSize * 0.6, below = fontSize * 2.6, right = fontSize * 1.2, above = fontSize * 2;
        return new PlotFrame(left, above, canvasWidth - left - right, canvasHeight - below - above, x, y, minSteps, font);
    }

    /** {@code range} widened out to the round values of its ticks, so that its ends are labelled too. */
    private static double[] rounded(double[] range, double minStep) {
        double[] t = ticks(range[0], range[1], minStep);
        if (t.length < 2) return range;
        double step = t[1] - t[0];
        double low = t[0] > range[0] + 1e-12 * step ? t[0] - step : t[0];
        double high = t[t.length - 1] < range[1] - 1e-12 * step ? t[t.length - 1] + step : t[t.length - 1];
        return new double[] {low, high};
    }

    /** An empty range [v, v] widened to show v in the middle. */
    private static double[] widened(double low, double high) {
        if (high > low) return new double[] {low, high};
        double half = Math.max(Math.abs(low) * 0.1, 1e-3);
        return new double[] {low - half, high + half};
    }

    /** True when the data area is large enough to draw in. */
    public boolean drawable() {
        return width > 10 && height > 10;
    }

    public double x(double v) {
        return left + (v - xLow) / (xHigh - xLow) * width;
    }

    /** The vertical position of {@code v}, kept inside the data area. */
    public double y(double v) {
        double clamped = Math.max(yLow, Math.min(yHigh, v));
        return above + height - (clamped - yLow) / (yHigh - yLow) * height;
    }

    public double top() {
        return above;
    }

    public double bottom() {
        return above + height;
    }

    /** The ticks of the vertical axis (round values inside its range). */
    public double[] yTicks() {
        return yTicks.clone();
    }

    /** The ticks of the horizontal axis. */
    public double[] xTicks() {
        return xTicks.clone();
    }

    /**
     * Round values from {@code low} to {@code high}, about {@link #TICKS} of them, a step of 1, 2 or 5
     * times a power of ten and at least {@code minStep}; the two ends when the range holds fewer than two
     * round values (one, if the step is whole and one whole number is all there is).
     */
    static double[] ticks(double low, double high, double minStep) {
        double raw = (high - low) / TICKS, power = Math.pow(10, Math.floor(Math.log10(raw))), step = power;
        for (double m : new double[] {2, 5, 10}) if (raw / power > m * 0.7) step = m * power;
        step = Math.max(step, minStep);
        List<Double> out = new ArrayList<>();
        long first = (long) Math.ceil(low / step - 1e-9);
        for (long i = first; i * step <= high + step * 1e-9; i++) out.add(i * step);
        if (out.size() < 2 && !(minStep > 0 && out.size() == 1)) return new double[] {low, high};
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Draws the grid, the two axes, their ticks with labels ({@code xLabel}, {@code yLabel}) and the
     * horizontal axis's name under them; a line at 0 when the range crosses it.
     */
    public void drawAxes(GraphicsContext g, String xName, DoubleFunction<String> xLabel, DoubleFunction<String> yLabel) {
        g.setLineDashes();
        g.setLineWidth(1);
        g.setFont(font);
        g.setStroke(GRID);
        for (double t : yTicks) g.strokeLine(left, y(t), left + width, y(t));
        if (yLow < 0 && yHigh > 0) {
            g.setStroke(Color.web("#b9c1ca"));
            g.strokeLine(left, y(0), left + width, y(0));
        }
        g.setStroke(AXIS);
        g.strokeLine(left, above, left, bottom());
        g.strokeLine(left, bottom(), left + width, bottom());
        g.setFill(AXIS);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double tick = font.getSize() * 0.35;
        boolean[] yLabelled = labelled(yTicks, yTicks.length > 1 ? y(yTicks[0]) - y(yTicks[1]) : 0, font.getSize() * 1.3);
        for (int i = 0; i < yTicks.length; i++) {
            g.strokeLine(left - tick, y(yTicks[i]), left, y(yTicks[i]));
            if (yLabelled[i]) g.fillText(yLabel.apply(yTicks[i]), left - tick - 2, y(yTicks[i]));
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double widest = 0;
        for (double t : xTicks) widest = Math.max(widest, textWidth(xLabel.apply(t), font));
        boolean[] xLabelled = labelled(xTicks, xTicks.length > 1 ? x(xTicks[1]) - x(xTicks[0]) : 0, widest + font.getSize());
        for (int i = 0; i < xTicks.length; i++) {
            g.strokeLine(x(xTicks[i]), bottom(), x(xTicks[i]), bottom() + tick);
            if (xLabelled[i]) g.fillText(xLabel.apply(xTicks[i]), x(xTicks[i]), bottom() + tick + 1);
        }
        g.fillText(xName, left + width / 2, bottom() + tick + font.getSize() * 1.35);
    }

    /**
     * Which of {@code ticks}, {@code apart} px from one another, get a label {@code room} px long without touching the
     * next: every one if they fit, else every second (or third…), counted from 0 where 0 is a tick.
     */
    static boolean[] labelled(double[] ticks, double apart, double room) {
        int every = apart <= 0 ? 1 : Math.max(1, (int) Math.ceil(room / apart));
        int from = 0;
        for (int i = 0; i < ticks.length; i++) if (Math.abs(ticks[i]) < 1e-12) from = i % every;
        boolean[] out = new boolean[ticks.length];
        for (int i = 0; i < ticks.length; i++) out[i] = i % every == from;
        return out;
    }

    /** The key, one entry after another in the band above the data area, from its left. */
    public void drawKey(GraphicsContext g, List<Key> keys) {
        g.setFont(font);
        double size = font.getSize(), swatch = size * 1.6, gap = size * 0.8;
        double x = left, y = above - size * 1.1;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (Key k : keys) {
            g.setStroke(k.colour());
            g.setFill(k.colour());
            g.setLineWidth(2);
            if (k.dashed()) g.setLineDashes(4, 3); else g.setLineDashes();
            if (k.dot()) {
                g.fillOval(x + swatch / 2 - size * 0.3, y - size * 0.3, size * 0.6, size * 0.6);
            } else {
                g.strokeLine(x, y, x + swatch, y);
            }
            g.setLineDashes();
            g.setFill(AXIS);
            g.fillText(k.name(), x + swatch + 4, y);
            x += swatch + 4 + textWidth(k.name(), font) + gap;
        }
    }

    static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}

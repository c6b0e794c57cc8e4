package backproplab.app.kit;

import backproplab.walkthrough.Decimals;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A quantity over the updates, with axes: update t along the bottom (0 … the last), the value up the
 * side from its lowest to its highest (0 always included), and one update marked with a dashed
 * line and a dot — α_t of the schedule, or a weight's value, gradient, optimizer state or step. The
 * values come from the engine; this only draws them.
 */
public final class SeriesPlot extends Region {
    private static final Color LINE = Color.web("#0072b2"), AXIS = Color.web("#4a5561"), MARK = Color.web("#d55e00");

    private final Canvas canvas = new Canvas();
    private double[] values = new double[0];
    private int current = -1;
    private double fontSize = 12;
    private Decimals decimals = new Decimals(Decimals.DEFAULT);

    public SeriesPlot() {
        getStyleClass().add("series-plot");
        getChildren().add(canvas);
    }

    /**
     * Shows {@code values[t]} for t = 0 … values.length − 1 and marks update {@code current} (none if
     * outside); labels are {@code fontSize} px with {@code decimals}.
     */
    public void show(double[] values, int current, double fontSize, Decimals decimals) {
        this.values = values.clone();
        this.current = current;
        this.fontSize = fontSize;
        this.decimals = decimals;
        requestLayout();
        draw();
    }

    /** The values drawn. */
    public double[] values() {
        return values.clone();
    }

    @Override
    protected double computePrefHeight(double width) {
        return fontSize * 8;
    }

    @Override
    protected double computePrefWidth(double height) {
        return fontSize * 14;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w <= 0 || h <= 0 || values.length < 2) return;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double top = 0, bottomValue = 0;
        for (double a : values) {
            if (!Double.isFinite(a)) continue;
            top = Math.max(top, a);
            bottomValue = Math.min(bottomValue, a);
        }
        if (top - bottomValue <= 0) top = 1;
        double low = bottomValue, span = top - low;
        Font small = Font.font(fontSize * 0.8);
        g.setFont(small);
        String topLabel = decimals.format(top), lowLabel = decimals.format(low);
        double left = Math.max(textWidth(topLabel, small), textWidth(lowLabel, small)) + 8, bottom = fontSize * 1.3, right = fontSize * 0.8, above = fontSize * 0.7;
        double plotW = w - left - right, plotH = h - bottom - above;
        if (plotW <= 10 || plotH <= 10) return;
        int horizon = values.length - 1;

        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeLine(left, above, left, above + plotH);
        g.strokeLine(left, above + plotH, left + plotW, above + plotH);
        g.setFill(AXIS);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(topLabel, left - 4, above);
        g.fillText(lowLabel, left - 4, above + plotH);
        if (low < 0) {
            double zero = above + plotH * top / span;
            g.fillText("0", left - 4, zero);
            g.setStroke(Color.web("#c8ced4"));
            g.strokeLine(left, zero, left + plotW, zero);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0", left, above + plotH + 2);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("update t", left + plotW / 2, above + plotH + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Integer.toString(horizon), left + plotW, above + plotH + 2);

        g.setStroke(LINE);
        g.setLineWidth(2);
        g.beginPath();
        for (int t = 0; t <= horizon; t++) {
            double x = left + plotW * t / horizon, y = above + plotH * (top - Math.max(low, Math.min(top, values[t]))) / span;
            if (t == 0) g.moveTo(x, y); else g.lineTo(x, y);
        }
        g.stroke();

        if (current >= 0 && current <= horizon) {
            double x = left + plotW * current / horizon, y = above + plotH * (top - Math.max(low, Math.min(top, values[current]))) / span;
            g.setStroke(MARK);
            g.setLineWidth(1.5);
            g.setLineDashes(4, 3);
            g.strokeLine(x, above, x, above + plotH);
            g.setLineDashes();
            g.setFill(MARK);
            double r = fontSize * 0.3;
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}

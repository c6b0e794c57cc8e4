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

    /** Where the plot sits on the canvas and the values it spans: turns an update and a value into a point. */
    private record Frame(double left, double above, double width, double height, double top, double low, int horizon) {
        /** Update t's position; a single update (horizon 0) stands in the middle. */
        double x(int t) {
            return horizon == 0 ? left + width / 2 : left + width * t / horizon;
        }

        double y(double v) {
            return above + height * (top - Math.max(low, Math.min(top, v))) / (top - low);
        }
    }

    private void draw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w <= 0 || h <= 0 || values.length == 0) return;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double top = 0, low = 0;
        for (double a : values) {
            if (!Double.isFinite(a)) continue;
            top = Math.max(top, a);
            low = Math.min(low, a);
        }
        if (top - low <= 0) top = 1;
        Font small = Font.font(fontSize * 0.8);
        g.setFont(small);
        String topLabel = decimals.format(top), lowLabel = decimals.format(low);
        double left = Math.max(textWidth(topLabel, small), textWidth(lowLabel, small)) + 8;
        double bottom = fontSize * 1.3, right = fontSize * 0.8, above = fontSize * 0.7;
        Frame f = new Frame(left, above, w - left - right, h - bottom - above, top, low, values.length - 1);
        if (f.width() <= 10 || f.height() <= 10) return;
        axes(g, f, topLabel, lowLabel);
        g.setStroke(LINE);
        g.setLineWidth(2);
        g.beginPath();
        for (int t = 0; t <= f.horizon(); t++) {
            if (t == 0) g.moveTo(f.x(t), f.y(values[t])); else g.lineTo(f.x(t), f.y(values[t]));
        }
        g.stroke();
        if (current >= 0 && current <= f.horizon()) mark(g, f);
    }

    /** The value axis with its highest and lowest value (and 0 between them), the update axis from 0 to the last. */
    private static void axes(GraphicsContext g, Frame f, String topLabel, String lowLabel) {
        double bottom = f.above() + f.height(), right = f.left() + f.width();
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeLine(f.left(), f.above(), f.left(), bottom);
        g.strokeLine(f.left(), bottom, right, bottom);
        g.setFill(AXIS);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(topLabel, f.left() - 4, f.above());
        g.fillText(lowLabel, f.left() - 4, bottom);
        if (f.low() < 0) {
            double zero = f.y(0);
            g.fillText("0", f.left() - 4, zero);
            g.setStroke(Color.web("#c8ced4"));
            g.strokeLine(f.left(), zero, right, zero);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        if (f.horizon() == 0) { // the first update only: nothing to draw a line through
            g.fillText("update t = 0", f.x(0), bottom + 2);
            return;
        }
        g.fillText("update t", f.left() + f.width() / 2, bottom + 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0", f.left(), bottom + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Integer.toString(f.horizon()), right, bottom + 2);
    }

    /** The update the stepping view is at: a dashed line and a dot on the curve. */
    private void mark(GraphicsContext g, Frame f) {
        double x = f.x(current), y = f.y(values[current]);
        g.setStroke(MARK);
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        g.strokeLine(x, f.above(), x, f.above() + f.height());
        g.setLineDashes();
        g.setFill(MARK);
        double r = fontSize * 0.3;
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static double textWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}

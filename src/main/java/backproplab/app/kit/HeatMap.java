package backproplab.app.kit;

import backproplab.walkthrough.Decimals;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A square matrix as coloured cells: blue for positive, vermilion for negative (colour-blind safe),
 * the stronger the larger |value| against the largest; with the numbers written in when they fit.
 */
public final class HeatMap extends Canvas {
    private static final Color POSITIVE = Color.web("#0072b2"), NEGATIVE = Color.web("#d55e00");
    private double[][] values = new double[0][0];

    public HeatMap(double size) {
        super(size, size);
        getStyleClass().add("heat-map");
    }

    /** Draws {@code m} with numbers in {@code decimals} at {@code fontSize} when a cell is wide enough. */
    public void draw(double[][] m, Decimals decimals, double fontSize) {
        values = m;
        GraphicsContext g = getGraphicsContext2D();
        double size = getWidth();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, size, getHeight());
        int d = m.length;
        if (d == 0) return;
        double cell = size / d, max = 1e-12;
        for (double[] row : m) for (double v : row) max = Math.max(max, Math.abs(v));
        Font font = Font.font(Math.min(fontSize * 0.75, cell * 0.28));
        boolean numbers = cell >= fontSize * 3.2;
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                double v = m[a][b], strength = Math.min(1, Math.abs(v) / max);
                g.setFill((v >= 0 ? POSITIVE : NEGATIVE).deriveColor(0, 1, 1, 0.08 + 0.92 * strength));
                g.fillRect(b * cell, a * cell, cell - 1, cell - 1);
                if (numbers) {
                    g.setFill(strength > 0.55 ? Color.WHITE : Color.BLACK);
                    g.fillText(decimals.format(v), b * cell + cell / 2, a * cell + cell / 2);
                }
            }
        }
    }

    /** The matrix drawn. */
    public double[][] values() {
        return values;
    }
}

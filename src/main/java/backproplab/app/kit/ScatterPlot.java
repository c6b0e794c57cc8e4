package backproplab.app.kit;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Points (x, y) on axes through 0, the range symmetric and wide enough for every point. */
public final class ScatterPlot extends Canvas {
    private static final Color POINT = Color.web("#0072b2", 0.55), AXIS = Color.web("#9aa3ad");

    public ScatterPlot(double size) {
        super(size, size);
        getStyleClass().add("scatter-plot");
    }

    public void draw(double[] x, double[] y) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth(), h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double range = 1e-9;
        for (int i = 0; i < x.length; i++) range = Math.max(range, Math.max(Math.abs(x[i]), Math.abs(y[i])));
        range *= 1.1;
        g.setStroke(AXIS);
        g.setLineWidth(1);
        g.strokeLine(w / 2, 0, w / 2, h);
        g.strokeLine(0, h / 2, w, h / 2);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        g.setFill(POINT);
        for (int i = 0; i < x.length; i++) {
            double px = w / 2 + x[i] / range * (w / 2), py = h / 2 - y[i] / range * (h / 2);
            g.fillOval(px - 2.5, py - 2.5, 5, 5);
        }
    }
}

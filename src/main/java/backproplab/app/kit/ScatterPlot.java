package backproplab.app.kit;

import backproplab.walkthrough.Decimals;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Points (x, y) on axes with ticks ({@link PlotFrame}), the range the same on both and symmetric
 * about 0, wide enough for every point, so that a stretch or a tilt of the cloud is seen as it is.
 */
public final class ScatterPlot extends Canvas {
    private static final Color POINT = Color.web("#0072b2", 0.55);

    public ScatterPlot(double size) {
        super(size, size);
        getStyleClass().add("scatter-plot");
    }

    /** Draws the points, the axis across named {@code xName}, the key naming the one up {@code yName}; labels {@code fontSize} px. */
    public void draw(double[] x, double[] y, String xName, String yName, double fontSize, Decimals decimals) {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth(), h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double range = 1e-9;
        for (int i = 0; i < x.length; i++) range = Math.max(range, Math.max(Math.abs(x[i]), Math.abs(y[i])));
        range *= 1.1;
        double[] both = {-range, range};
        PlotFrame f = PlotFrame.of(w, h, both, both, new double[] {0, 0}, fontSize, decimals::format);
        if (!f.drawable()) return;
        f.drawAxes(g, xName, decimals::format, decimals::format);
        g.setFill(POINT);
        for (int i = 0; i < x.length; i++) g.fillOval(f.x(x[i]) - 2.5, f.y(y[i]) - 2.5, 5, 5);
        f.drawKey(g, List.of(new PlotFrame.Key("up: " + yName, POINT, false, true)));
    }
}

package backproplab.app.kit;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A plot drawn on a canvas that fills the region: sized in ems of its labels' font size, cleared to
 * white and drawn again whenever it is laid out or given new values.
 */
abstract class CanvasPlot extends Region {
    /** The labels' size in px (the window's text size). */
    protected double fontSize = 12;
    private final Canvas canvas = new Canvas();
    private final double widthEms, heightEms;

    CanvasPlot(String styleClass, double widthEms, double heightEms) {
        this.widthEms = widthEms;
        this.heightEms = heightEms;
        getStyleClass().add(styleClass);
        getChildren().add(canvas);
    }

    @Override
    protected double computePrefHeight(double width) {
        return fontSize * heightEms;
    }

    @Override
    protected double computePrefWidth(double height) {
        return fontSize * widthEms;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        redraw();
    }

    /** Clears the canvas and draws the plot on it, if it has a size. */
    protected final void redraw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (w <= 0 || h <= 0) return;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        draw(g, w, h);
    }

    /** Draws the plot on a white {@code w} × {@code h} canvas. */
    protected abstract void draw(GraphicsContext g, double w, double h);
}

package backproplab.app.stepping;

import javafx.geometry.Point2D;

/**
 * Where each unit sits: layers in columns from left (inputs) to right, units of a layer centred
 * vertically, the "+1" bias node under each layer but the last. Room is left to the right of
 * each unit for its label.
 */
final class NetworkGeometry {
    private static final double TOP = 44, BOTTOM = 16, GAP = 16;

    private final int[] layers;
    private final double width, height, spacing, radius, left, right, top;

    /** As below, with the standard room above the network. */
    NetworkGeometry(int[] layers, double width, double height, double leftLabels, double rightLabels) {
        this(layers, width, height, leftLabels, rightLabels, TOP);
    }

    /**
     * @param leftLabels  the widest label left of an input unit
     * @param rightLabels the widest label right of an output unit
     * @param top         the room above the network (its caption), in px
     */
    NetworkGeometry(int[] layers, double width, double height, double leftLabels, double rightLabels, double top) {
        this.layers = layers;
        this.top = top;
        this.width = width;
        this.height = height;
        spacing = Math.max(1, (height - top - BOTTOM) / tallest(layers));
        radius = Math.max(3, Math.min(26, spacing * 0.3));
        left = leftLabels + radius + GAP;
        right = rightLabels + radius + GAP;
    }

    /** The height at which neighbouring units are {@code spacing} apart, with {@code top} px above the network. */
    static double height(int[] layers, double spacing, double top) {
        return top + BOTTOM + tallest(layers) * spacing;
    }

    /** The most nodes in one column: the largest layer + 1 for the bias node under it. */
    private static int tallest(int[] layers) {
        int most = 1;
        for (int n : layers) most = Math.max(most, n + 1);
        return most;
    }

    /** Vertical distance between neighbouring units. */
    double spacing() {
        return spacing;
    }

    double radius() {
        return radius;
    }

    private double x(int k) {
        return left + (k - 1) * (width - left - right) / (layers.length - 1);
    }

    /** Centre of unit i (0-based) of layer k (1-based). */
    Point2D unit(int k, int i) {
        int n = layers[k - 1];
        double first = top + (height - top - BOTTOM - (n + 1) * spacing) / 2;
        return new Point2D(x(k), first + (i + 0.5) * spacing);
    }

    /** Centre of the bias node that feeds layer k+1, under layer k. */
    Point2D bias(int k) {
        return unit(k, layers[k - 1]);
    }
}

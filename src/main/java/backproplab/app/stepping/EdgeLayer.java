package backproplab.app.stepping;

import backproplab.engine.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The network's edges — a weight W^(k)_ij from unit j of layer k to unit i of layer k+1, or a bias
 * b^(k)_i from the "+1" node — drawn as a few Paths, one per look: sign, dimmed or not, and width
 * rounded to a quarter pixel. A network of 16,704 weights costs the scene about a hundred nodes
 * instead of 50,000 (one line and one mouse-catching line per edge, in a group), whose CSS pass froze
 * the window for seconds. Styled by the sheet like single lines were ({@code .edge}, {@code :negative},
 * {@code :dimmed}); the edge under the pointer is found from the geometry ({@link #nearest}) and
 * drawn over by one {@code .edge-hover} line, the parameter an update step explains by one
 * {@code .edge:chosen} line. The layer itself ignores the mouse: its view asks {@link #nearest}.
 */
final class EdgeLayer extends Group {
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative"),
            DIMMED = PseudoClass.getPseudoClass("dimmed"), CHOSEN = PseudoClass.getPseudoClass("chosen");
    /** Widths are drawn in steps of this many px (a difference nobody can see), so a few Paths hold every edge. */
    private static final double WIDTH_STEP = 0.25;

    private int[] layers = new int[0];
    /** The flat index of layer k's first edge; its edge (i, j) follows at i × (n_k + 1) + j, the bias at j = n_k. */
    private int[] offset = new int[0];
    private boolean[] negative = new boolean[0], dimmed = new boolean[0];
    private double[] width = new double[0];
    /** Each edge's look as of the last {@link #restyle}: the key of its Path. */
    private int[] keys = new int[0];
    /** The Paths by look: dimmed ones first, so the edges in use are drawn over them. */
    private final Map<Integer, Path> paths = new TreeMap<>();
    private final Line hoverLine = new Line(), chosenLine = new Line();
    private Parameter hovered, chosen;
    private NetworkGeometry geometry;

    EdgeLayer() {
        setMouseTransparent(true);
        hoverLine.getStyleClass().add("edge-hover");
        chosenLine.getStyleClass().add("edge");
        chosenLine.pseudoClassStateChanged(CHOSEN, true);
    }

    /** Makes room for the edges of a network of {@code layers}; none is drawn until {@link #draw}. */
    void reshape(int[] layers) {
        this.layers = layers.clone();
        offset = new int[Math.max(1, layers.length)];
        int n = 0;
        for (int k = 1; k < layers.length; k++) {
            offset[k] = n;
            n += layers[k] * (layers[k - 1] + 1);
        }
        negative = new boolean[n];
        dimmed = new boolean[n];
        width = new double[n];
        keys = new int[n];
        paths.clear();
        hovered = null;
        chosen = null;
        geometry = null;
        getChildren().clear();
    }

    private int index(int k, int i, int j) {
        return offset[k] + i * (layers[k - 1] + 1) + (j < 0 ? layers[k - 1] : j);
    }

    /** The look of edge (k, i, j), j = −1 for the bias edge: drawn at the next {@link #restyle} and {@link #draw}. */
    void look(int k, int i, int j, boolean negativeWeight, boolean dim, double strokeWidth) {
        int e = index(k, i, j);
        negative[e] = negativeWeight;
        dimmed[e] = dim;
        width[e] = strokeWidth;
    }

    /** Marks the parameter an update step explains (null: none). */
    void choose(Parameter p) {
        chosen = p;
    }

    /** Marks the edge under the pointer (null: none) and draws its mark at once. */
    void hover(Parameter p) {
        hovered = p;
        placeMarks();
    }

    /** The edge marked by {@link #hover}, or null: the one whose card the view shows. */
    Parameter hovered() {
        return hovered;
    }

    /** How the edge of {@code p} is drawn as of the last {@link #restyle}: the width of its Path, and whether it is lit. */
    NetworkView.EdgeLook lookOf(Parameter p) {
        int key = keys[index(p.layer(), p.row(), p.column())];
        return new NetworkView.EdgeLook((key >> 1 & 0xffff) * WIDTH_STEP, (key & (1 << 20)) != 0);
    }

    /** The parameter marked by {@link #choose}, or null. */
    Parameter chosen() {
        return chosen;
    }

    /**
     * Sorts the edges into the Paths of their looks, making the Paths a new look needs. Called after the
     * looks change and never during layout: a node made there would be drawn unstyled (black) until
     * something else asked for a style pass. The owner lays out (and so {@link #draw}s) afterwards.
     */
    void restyle() {
        boolean added = false;
        for (int e = 0; e < keys.length; e++) {
            keys[e] = key(e);
            if (!paths.containsKey(keys[e])) {
                paths.put(keys[e], path(keys[e]));
                added = true;
            }
        }
        if (added) {
            getChildren().setAll(paths.values());
            getChildren().addAll(chosenLine, hoverLine);
        }
    }

    /** Draws every edge, in the Path of its look as of the last {@link #restyle}, where {@code at} puts its units. */
    void draw(NetworkGeometry at) {
        geometry = at;
        Map<Integer, List<PathElement>> elements = new TreeMap<>();
        for (int k = 1; k < layers.length; k++) {
            for (int i = 0; i < layers[k]; i++) {
                Point2D to = at.unit(k + 1, i);
                for (int j = 0; j <= layers[k - 1]; j++) {
                    int e = index(k, i, j);
                    Point2D from = j == layers[k - 1] ? at.bias(k) : at.unit(k, j);
                    List<PathElement> path = elements.computeIfAbsent(keys[e], x -> new ArrayList<>());
                    path.add(new MoveTo(from.getX(), from.getY()));
                    path.add(new LineTo(to.getX(), to.getY()));
                }
            }
        }
        for (var entry : paths.entrySet()) entry.getValue().getElements().setAll(elements.getOrDefault(entry.getKey(), List.of()));
        placeMarks();
    }

    /** Dimmed edges sort first, then by width (the heavy ones on top, whatever their sign), then by sign. */
    private int key(int e) {
        long step = Math.min(Math.round(width[e] / WIDTH_STEP), 0xffff);
        return (dimmed[e] ? 0 : 1 << 20) | (int) step << 1 | (negative[e] ? 1 : 0);
    }

    private Path path(int key) {
        Path p = new Path();
        p.getStyleClass().add("edge");
        p.setFill(null);
        p.setStrokeWidth((key >> 1 & 0xffff) * WIDTH_STEP);
        p.pseudoClassStateChanged(NEGATIVE, (key & 1) != 0);
        p.pseudoClassStateChanged(DIMMED, (key & (1 << 20)) == 0);
        return p;
    }

    private void placeMarks() {
        mark(chosenLine, chosen, true);
        mark(hoverLine, hovered, false);
    }

    /** Lays {@code line} over edge {@code p} (hidden when there is none), in the edge's own look if {@code styled}. */
    private void mark(Line line, Parameter p, boolean styled) {
        line.setVisible(p != null && geometry != null);
        if (!line.isVisible()) return;
        Point2D from = from(p), to = geometry.unit(p.layer() + 1, p.row());
        line.setStartX(from.getX());
        line.setStartY(from.getY());
        line.setEndX(to.getX());
        line.setEndY(to.getY());
        if (styled) {
            int e = index(p.layer(), p.row(), p.column());
            line.setStrokeWidth(width[e]);
            line.pseudoClassStateChanged(NEGATIVE, negative[e]);
        }
    }

    private Point2D from(Parameter p) {
        return p.column() < 0 ? geometry.bias(p.layer()) : geometry.unit(p.layer(), p.column());
    }

    /**
     * The edge nearest to ({@code x}, {@code y}) within {@code reach} px, or null (also before the
     * first draw). Only the layers whose columns the point lies between (± reach) are searched.
     */
    Parameter nearest(double x, double y, double reach) {
        return nearest(x, y, reach, null);
    }

    /** As above, {@code other} not counted. */
    private Parameter nearest(double x, double y, double reach, Parameter other) {
        if (geometry == null) return null;
        Parameter best = null;
        double bestDistance = reach;
        for (int k = 1; k < layers.length; k++) {
            double left = geometry.unit(k, 0).getX(), right = geometry.unit(k + 1, 0).getX();
            if (x < left - reach || x > right + reach) continue;
            for (int i = 0; i < layers[k]; i++) {
                Point2D to = geometry.unit(k + 1, i);
                for (int j = -1; j < layers[k - 1]; j++) {
                    Point2D from = j < 0 ? geometry.bias(k) : geometry.unit(k, j);
                    double d = distance(x, y, from, to);
                    if (d < bestDistance && !(other != null && other.layer() == k && other.row() == i && other.column() == j)) {
                        bestDistance = d;
                        best = new Parameter(k, i, j);
                    }
                }
            }
        }
        return best;
    }

    /** The distance from (x, y) to the segment from {@code a} to {@code b}. */
    private static double distance(double x, double y, Point2D a, Point2D b) {
        double dx = b.getX() - a.getX(), dy = b.getY() - a.getY();
        double t = dx == 0 && dy == 0 ? 0 : ((x - a.getX()) * dx + (y - a.getY()) * dy) / (dx * dx + dy * dy);
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(x - (a.getX() + t * dx), y - (a.getY() + t * dy));
    }

    /**
     * The point of edge {@code p} farthest from every other edge (between a tenth and nine tenths of
     * its length, away from the units), where {@link #nearest} names {@code p}. Null before the first draw.
     */
    Point2D spot(Parameter p) {
        if (geometry == null) return null;
        Point2D from = from(p), to = geometry.unit(p.layer() + 1, p.row());
        Point2D best = from.interpolate(to, 0.5);
        double clearest = -1;
        for (int step = 2; step <= 18; step++) {
            Point2D at = from.interpolate(to, step / 20.0);
            Parameter other = nearest(at.getX(), at.getY(), Double.MAX_VALUE, p);
            double clearance = other == null ? Double.MAX_VALUE : distance(at.getX(), at.getY(), from(other),
                    geometry.unit(other.layer() + 1, other.row()));
            if (clearance > clearest) {
                clearest = clearance;
                best = at;
            }
        }
        return best;
    }
}

package backproplab.chart;

import backproplab.curves.Curve;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;

/**
 * The × marks of the curves that diverged, one after each such curve's last point, in its colour,
 * saying at which epoch. Curves that stop at the same point share one black mark that names them
 * all, so that none hides another.
 */
final class DivergenceMarks {
    /** One mark on the plot and the curves it names, with their labels. */
    private record Mark(XYTextAnnotation text, List<Integer> curves, List<String> names) {}

    private final XYPlot plot;
    private final Map<Point2D, Mark> byPoint = new LinkedHashMap<>();
    private Font font;

    DivergenceMarks(XYPlot plot, Font font) {
        this.plot = plot;
        this.font = font;
    }

    /** Marks curve {@code c}, called {@code label}, as diverged at {@code epoch}, after its last point ({@code x}, {@code y}). */
    void mark(int c, String label, int epoch, double x, double y, Palette palette) {
        Point2D at = new Point2D.Double(x, y);
        Mark shared = byPoint.get(at);
        if (shared != null) {
            shared.curves().add(c);
            shared.names().add(label + " at epoch " + epoch);
            shared.text().setText(" × diverged: " + String.join("; ", shared.names()));
            shared.text().setPaint(Color.BLACK);
            return;
        }
        XYTextAnnotation text = new XYTextAnnotation(" × " + Curve.divergedAt(epoch), x, y);
        text.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        text.setPaint(palette.colour(c));
        text.setFont(font);
        byPoint.put(at, new Mark(text, new ArrayList<>(List.of(c)), new ArrayList<>(List.of(label + " at epoch " + epoch))));
        plot.addAnnotation(text);
    }

    /** True if curve {@code c} diverged. */
    boolean contains(int c) {
        for (Mark m : byPoint.values()) if (m.curves().contains(c)) return true;
        return false;
    }

    boolean isEmpty() {
        return byPoint.isEmpty();
    }

    /** A mark that names one curve takes that curve's colour in {@code palette}. */
    void recolour(Palette palette) {
        for (Mark m : byPoint.values()) if (m.curves().size() == 1) m.text().setPaint(palette.colour(m.curves().get(0)));
    }

    void setFont(Font font) {
        this.font = font;
        for (Mark m : byPoint.values()) m.text().setFont(font);
    }

    /** Shows the marks of the curves not in {@code hidden}: a shared mark while any of its curves shows. */
    void setHidden(Set<Integer> hidden) {
        for (Mark m : byPoint.values()) {
            boolean show = !hidden.containsAll(m.curves()), shown = plot.getAnnotations().contains(m.text());
            if (show && !shown) plot.addAnnotation(m.text(), false);
            if (!show && shown) plot.removeAnnotation(m.text(), false);
        }
    }

    /** Moves every mark down to at most {@code y}, so that a line that leaves through the top keeps its × on the plot. */
    void keepBelow(double y) {
        for (Mark m : byPoint.values()) m.text().setY(Math.min(m.text().getY(), y));
    }
}

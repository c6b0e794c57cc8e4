package backproplab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.Set;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;

/**
 * How the curves are drawn: each training line in its palette colour with its own marker shape — a
 * few markers per line, staggered so that curves lying on top of each other still show theirs — and,
 * past the seventh curve, its own dash; each validation line dashed in its curve's colour, without
 * markers. The legend shows each curve's marker on its line and one entry for every validation line.
 * Markers can be turned off (a plain line per curve), and a curve hidden: both its lines go, and its
 * legend entry stays, in grey, so that it can be shown again. Series 0 … n−1 are the training lines,
 * n … 2n−1 the validation lines.
 */
final class CurveLines extends XYLineAndShapeRenderer {
    /** Training lines beyond the seventh curve repeat a marker, so they get a pattern too. */
    private static final float[][] DASHES = {null, {10f, 3f, 2f, 3f}, {2f, 3f}};
    /** The validation lines' dashes, drawn in the legend as well. */
    private static final float[] VALIDATION_DASH = {6f, 5f};
    /** About this many markers on each training line: enough to name it, few enough to see it. */
    private static final int MARKERS = 8;
    /** JFreeChart's standard shapes that stay distinct when small: square, circle, triangles up and down, diamond, left, right. */
    private static final int[] MARKED_SHAPES = {0, 1, 2, 3, 5, 9, 7};
    /** A hidden curve's legend entry. */
    private static final Color HIDDEN = new Color(0x9A9A9A);

    private final List<XYSeries> training;
    private Palette palette = Palette.COLOUR;
    private boolean bold;
    private boolean markers = true, validationShown = true;
    private Set<Integer> hidden = Set.of();

    /** Lines for the {@code training} series (and as many validation series after them). */
    CurveLines(List<XYSeries> training) {
        super(true, true);
        this.training = training;
        setLegendLine(new Line2D.Double(-18, 0, 18, 0)); // long enough to show a dash
        setUseOutlinePaint(false);
        setDefaultCreateEntities(false); // no hit shape per point: the hover looks points up, the legend's entries are kept
        restyle();
    }

    Palette palette() {
        return palette;
    }

    /**
     * Chooses the colours and how heavy the lines are.
     *
     * @param bold thicker lines and larger markers (the high-contrast theme)
     */
    void setLook(Palette palette, boolean bold) {
        if (palette == this.palette && bold == this.bold) return;
        this.palette = palette;
        this.bold = bold;
        restyle();
    }

    /** The grid's colour: darker in the bold look, for a washed-out projector. */
    Color grid() {
        return bold ? new Color(0x9A9A9A) : new Color(0xDDDDDD);
    }

    private void restyle() {
        int n = training.size();
        float width = bold ? 3.5f : 2.5f;
        double scale = bold ? 1.6 : 1.25;
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        for (int c = 0; c < n; c++) {
            Color colour = palette.colour(c);
            float[] dash = DASHES[(c / MARKED_SHAPES.length) % DASHES.length];
            setSeriesPaint(c, colour);
            setSeriesStroke(c, dash == null ? new BasicStroke(width) : dashed(width, dash));
            Shape shape = shapes[MARKED_SHAPES[c % MARKED_SHAPES.length]];
            setSeriesShape(c, AffineTransform.getScaleInstance(scale, scale).createTransformedShape(shape));
            setSeriesShapesFilled(c, (c / 2) % 2 == 0 || palette == Palette.COLOUR); // in black and white, hollow ones too
            setSeriesPaint(n + c, colour);
            setSeriesStroke(n + c, dashed(width * 0.8f, VALIDATION_DASH));
            setSeriesVisibleInLegend(n + c, false);
        }
    }

    private static BasicStroke dashed(float width, float[] dash) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** Shows or hides the dashed validation lines. */
    void setShowValidation(boolean show) {
        validationShown = show;
        showLines();
    }

    boolean showsValidation() {
        return validationShown;
    }

    /** Hides the curves whose indices are in {@code curves}, both their lines; shows the others. */
    void setHidden(Set<Integer> curves) {
        hidden = Set.copyOf(curves);
        showLines();
    }

    /** The curves hidden, by index. */
    Set<Integer> hidden() {
        return hidden;
    }

    /** Puts a marker every few points of each training line, or none. */
    void setMarkers(boolean on) {
        if (on == markers) return;
        markers = on;
        fireChangeEvent();
    }

    private void showLines() {
        int n = training.size();
        for (int c = 0; c < n; c++) {
            setSeriesVisible(c, !hidden.contains(c), false);
            setSeriesVisible(n + c, validationShown && !hidden.contains(c), false);
        }
        fireChangeEvent();
    }

    /** One legend entry for every validation line: the dash, in grey, "the curve's colour". */
    LegendItemCollection validationLegend() {
        var items = new LegendItemCollection();
        if (training.isEmpty() || !validationShown || hidden.size() == training.size()) return items;
        items.add(new LegendItem("validation (dashed, the curve's colour)", null, null, null, new Line2D.Double(-18, 0, 18, 0),
                dashed(2f, VALIDATION_DASH), Color.DARK_GRAY));
        return items;
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
        if (!markers || series >= training.size()) return false;
        int count = training.get(series).getItemCount();
        int every = Math.max(1, count / MARKERS);
        int offset = every * series / Math.max(1, training.size());
        return (item + offset) % every == every / 2 || (count <= MARKERS);
    }

    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        if (series < training.size() && hidden.contains(series)) return hiddenItem(datasetIndex, series);
        LegendItem item = super.getLegendItem(datasetIndex, series);
        if (item != null && series < training.size()) item.setShapeVisible(markers); // whichever points carry markers
        return item;
    }

    /** Every training line's entry, the hidden ones' too (greyed), so that a click can show them again. */
    @Override
    public LegendItemCollection getLegendItems() {
        var items = new LegendItemCollection();
        for (int c = 0; c < training.size(); c++) {
            LegendItem item = getLegendItem(0, c);
            if (item != null) items.add(item);
        }
        return items;
    }

    /** The grey legend entry of hidden curve {@code series}: its name, said hidden, and its line without colour. */
    private LegendItem hiddenItem(int datasetIndex, int series) {
        XYSeries line = training.get(series);
        LegendItem item = new LegendItem(line.getKey() + " (hidden)", null, null, null, false, lookupLegendShape(series), false, HIDDEN,
                false, HIDDEN, lookupSeriesStroke(series), true, getLegendLine(), lookupSeriesStroke(series), HIDDEN);
        item.setLabelPaint(HIDDEN);
        item.setDataset(getPlot() == null ? null : getPlot().getDataset(datasetIndex));
        item.setDatasetIndex(datasetIndex);
        item.setSeriesKey(line.getKey());
        item.setSeriesIndex(series);
        return item;
    }
}

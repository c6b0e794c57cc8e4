package backproplab.chart;

import backproplab.curves.Curve;
import backproplab.curves.CurveRun;
import backproplab.io.AtomicFiles;
import backproplab.io.Images;
import backproplab.setup.Limits;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFHints;
import org.jfree.svg.SVGGraphics2D;

/**
 * The loss chart: mean loss per epoch for every curve, training solid and validation dashed,
 * one colour and one marker shape per curve ({@link Palette}). It draws a {@link CurveRun}: {@link #catchUp} adds the
 * epochs finished since the last call with a single change event. The window (on its painter thread, {@link #drawOnScreen})
 * and every export draw this same chart, so an export is what the screen shows. Not thread-safe: one thread owns a chart.
 */
public final class LossChart {
    /** The chart is laid out for this width; larger exports are scaled, so the fonts grow with them. */
    public static final double DESIGN_WIDTH = 800;
    /** Training lines beyond the eighth curve repeat a colour and marker, so they get a pattern too. */
    private static final float[][] DASHES = {null, {10f, 3f, 2f, 3f}, {2f, 3f}};
    /** The validation lines' dashes, drawn in the legend as well. */
    private static final float[] VALIDATION_DASH = {6f, 5f};
    /** About this many markers on each training line: enough to name it, few enough to see it. */
    private static final int MARKERS = 8;

    private final List<String> labels;
    /** The epochs of each curve already looked at (every stride-th of them is drawn). */
    private final int[] seen;
    /** True once the run was over at a catch-up: its divergence marks are drawn. */
    private boolean ended;
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final List<XYSeries> training = new ArrayList<>(), validation = new ArrayList<>();
    private final XYPlot plot;
    private final JFreeChart chart;
    private final MarkedLines renderer = new MarkedLines();
    private Palette palette = Palette.COLOUR;
    /** Thicker lines, larger markers and darker grid lines for a washed-out projector. */
    private boolean bold;
    private boolean logScale;
    private double fontScale = 1;
    /** Only every stride-th epoch is drawn, so a long run never puts more than {@link #MAX_POINTS} points on a line. */
    private int stride = 1;
    private final int[] lastDrawn;
    /** The most points one line gets; a screen or a slide cannot show more. */
    public static final int MAX_POINTS = 2000;

    /** An empty chart with one training and one validation series per label. */
    private LossChart(String title, List<String> labels) {
        this.labels = List.copyOf(labels);
        this.lastDrawn = new int[labels.size()];
        this.seen = new int[labels.size()];
        for (int c = 0; c < labels.size(); c++) {
            XYSeries t = new XYSeries(labels.get(c), false, true), v = new XYSeries(labels.get(c) + " (validation)", false, true);
            training.add(t);
            validation.add(v);
            dataset.addSeries(t);
        }
        for (XYSeries v : validation) dataset.addSeries(v);
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot = new XYPlot(dataset, epochs, lossAxis(false), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        renderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0)); // long enough to show a dash
        restyle();
        chart = new JFreeChart(title, font(Font.BOLD, 18), plot, true);
        chart.getLegend().setSources(new LegendItemSource[] {renderer, this::validationLegend});
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 8, 6, 22)); // room for the last epoch's label
        chart.addSubtitle(new TextTitle(KEY));
        setFontScale(1);
    }

    /** A chart of {@code run} with the epochs finished so far; {@link #catchUp} adds the later ones. */
    public static LossChart of(CurveRun run) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < run.size(); c++) labels.add(run.spec(c).label());
        LossChart chart = new LossChart(run.title(), labels);
        chart.setEpochs(run.plannedEpochs());
        chart.catchUp(run);
        return chart;
    }

    /** A finished chart of {@code curves} over {@code epochs} epochs (the headless command). */
    public static LossChart of(String title, List<Curve> curves, int epochs) {
        return of(CurveRun.of(title, curves, epochs));
    }

    /**
     * Adds the epochs of {@code run} (the run this chart was made for) finished since the last call,
     * every stride-th of them; once the run is over, each curve's last epoch and the divergence marks.
     * One change event for all of it.
     */
    public void catchUp(CurveRun run) {
        boolean over = run.isOver(); // read first: once over, every epoch below is final
        chart.setNotify(false);
        for (int c = 0; c < labels.size(); c++) {
            int now = run.epochs(c);
            for (int e = seen[c] + 1; e <= now; e++) if ((e - 1) % stride == 0) add(c, e, run);
            seen[c] = now;
            if (over && now > 0 && lastDrawn[c] < now) add(c, now, run);
        }
        if (over && !ended) {
            ended = true;
            for (int c = 0; c < labels.size(); c++) { // after every point is in: the axis is fitted to the finite curves
                if (run.divergedEpoch(c) > 0) markDiverged(c, run.divergedEpoch(c));
            }
        }
        dataset.setNotify(true); // one data event for every point added: the axes fit the new data
        updateKey();
        chart.setNotify(true);
    }

    /** Applies {@code style}: palette and weight, axis scale, validation lines and text size. */
    public void setStyle(ChartStyle style) {
        chart.setNotify(false);
        setLook(style.palette(), style.bold());
        setLogScale(style.logScale());
        setShowValidation(style.showValidation());
        if (style.fontScale() != fontScale) setFontScale(style.fontScale());
        chart.setNotify(true);
    }

    /**
     * Chooses the colours and how heavy the lines are; exports drawn afterwards look the same.
     *
     * @param bold thicker lines, larger markers and darker grid lines (the high-contrast theme)
     */
    public void setLook(Palette palette, boolean bold) {
        if (palette == this.palette && bold == this.bold) return;
        this.palette = palette;
        this.bold = bold;
        restyle();
        for (int c = 0; c < labels.size(); c++) {
            XYTextAnnotation mark = marks.get(c);
            if (mark != null && marked.get(mark).size() == 1) mark.setPaint(palette.colour(c));
        }
    }

    private void restyle() {
        Color grid = bold ? new Color(0x9A9A9A) : new Color(0xDDDDDD);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        float width = bold ? 3.5f : 2.5f;
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        for (int c = 0; c < labels.size(); c++) {
            Color colour = palette.colour(c);
            float[] dash = DASHES[(c / MARKED_SHAPES.length) % DASHES.length];
            renderer.setSeriesPaint(c, colour);
            renderer.setSeriesStroke(c, dash == null ? new BasicStroke(width)
                    : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
            Shape shape = shapes[MARKED_SHAPES[c % MARKED_SHAPES.length]];
            double scale = bold ? 1.6 : 1.25;
            renderer.setSeriesShape(c, AffineTransform.getScaleInstance(scale, scale).createTransformedShape(shape));
            renderer.setSeriesShapesFilled(c, (c / 2) % 2 == 0 || palette == Palette.COLOUR); // in black and white, hollow ones too
            int v = labels.size() + c;
            renderer.setSeriesPaint(v, colour);
            renderer.setSeriesStroke(v, new BasicStroke(width * 0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, VALIDATION_DASH, 0f));
            renderer.setSeriesVisibleInLegend(v, false);
        }
        renderer.setUseOutlinePaint(false);
    }

    /** JFreeChart's standard shapes that stay distinct when small: square, circle, up triangle, diamond, down triangle, left and right triangles. */
    private static final int[] MARKED_SHAPES = {0, 1, 2, 3, 5, 9, 7};

    /** One legend entry for every validation line: the dash, in grey, "same colour as its curve". */
    private LegendItemCollection validationLegend() {
        var items = new LegendItemCollection();
        if (labels.isEmpty() || !showsValidation()) return items;
        items.add(new LegendItem("validation (dashed, the curve's colour)", null, null, null,
                new Line2D.Double(-18, 0, 18, 0),
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, VALIDATION_DASH, 0f), Color.DARK_GRAY));
        return items;
    }

    /**
     * Lines with a few markers each: every training line shows its shape about {@link #MARKERS}
     * times, staggered so that curves lying on top of each other still show theirs; validation
     * lines have none. The legend shows each curve's marker on its line.
     */
    private final class MarkedLines extends XYLineAndShapeRenderer {
        MarkedLines() {
            super(true, true);
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            if (series >= labels.size()) return false;
            int count = training.get(series).getItemCount();
            int every = Math.max(1, count / MARKERS);
            int offset = every * series / Math.max(1, labels.size());
            return (item + offset) % every == every / 2 || (count <= MARKERS);
        }

        @Override
        public LegendItem getLegendItem(int datasetIndex, int series) {
            LegendItem item = super.getLegendItem(datasetIndex, series);
            if (item != null && series < labels.size()) item.setShapeVisible(true); // whichever points carry markers
            return item;
        }
    }

    private ValueAxis lossAxis(boolean log) {
        ValueAxis axis;
        if (log) {
            LogAxis l = new LogAxis("mean loss (log scale)");
            l.setSmallestValue(1e-6); // a loss of exactly 0 cannot be drawn on a log scale
            l.setNumberFormatOverride(new DecimalFormat("0.###")); // 0.316, not 10^-0.5
            axis = l;
        } else {
            NumberAxis n = new NumberAxis("mean loss");
            n.setAutoRangeIncludesZero(true);
            axis = n;
        }
        axis.setLabelFont(font(Font.PLAIN, 14));
        axis.setTickLabelFont(font(Font.PLAIN, 12));
        return axis;
    }

    /** Adds epoch {@code e} of curve {@code c} without an event; {@link #catchUp} sends one for the batch. */
    private void add(int c, int e, CurveRun run) {
        training.get(c).add(e, run.training(c, e), false);
        double v = run.validation(c, e);
        if (!Double.isNaN(v)) validation.get(c).add(e, v, false);
        lastDrawn[c] = e;
    }

    /**
     * Marks curve {@code c} as diverged at {@code epoch}: an × after its last point and a legend
     * note. The loss axis is then fitted to the curves that stayed finite, so one exploding run
     * does not flatten the others; its line leaves through the top and its × sits at the edge.
     */
    private void markDiverged(int c, int epoch) {
        XYSeries t = training.get(c);
        t.setKey(labels.get(c) + " (" + Curve.divergedAt(epoch) + ")");
        diverged.add(c);
        double y = t.getItemCount() == 0 ? 0 : t.getY(t.getItemCount() - 1).doubleValue();
        double x = t.getItemCount() == 0 ? 1 : t.getX(t.getItemCount() - 1).doubleValue();
        String at = x + "," + y;
        XYTextAnnotation shared = markAt.get(at);
        if (shared != null) { // runs that stop at the same point share one mark that names them all, so none hides another
            marked.get(shared).add(labels.get(c) + " at epoch " + epoch);
            shared.setText(" × diverged: " + String.join("; ", marked.get(shared)));
            shared.setPaint(Color.BLACK);
            marks.put(c, shared);
            fitLossAxis();
            return;
        }
        XYTextAnnotation mark = new XYTextAnnotation(" × " + Curve.divergedAt(epoch), x, y);
        mark.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        mark.setPaint(palette.colour(c));
        mark.setFont(font(Font.BOLD, 14));
        marks.put(c, mark);
        markAt.put(at, mark);
        marked.put(mark, new ArrayList<>(List.of(labels.get(c) + " at epoch " + epoch)));
        plot.addAnnotation(mark);
        fitLossAxis();
    }

    /** The mark at each stopping point, and the runs it names. */
    private final Map<String, XYTextAnnotation> markAt = new HashMap<>();
    private final Map<XYTextAnnotation, List<String>> marked = new HashMap<>();

    private final Set<Integer> diverged = new TreeSet<>();
    private final Map<Integer, XYTextAnnotation> marks = new HashMap<>();

    private static final String KEY = "solid: training loss · dashed: validation loss";

    /** Auto range, unless a diverged curve would dwarf the others: then the range of the finite ones. */
    private void fitLossAxis() {
        updateKey();
        ValueAxis axis = plot.getRangeAxis();
        double max = 0, minPositive = Double.MAX_VALUE, divergedMax = 0;
        for (int c = 0; c < labels.size(); c++) {
            for (XYSeries s : List.of(training.get(c), validation.get(c))) {
                for (int i = 0; i < s.getItemCount(); i++) {
                    double y = s.getY(i).doubleValue();
                    if (diverged.contains(c)) {
                        divergedMax = Math.max(divergedMax, y);
                    } else {
                        max = Math.max(max, y);
                        if (y > 0) minPositive = Math.min(minPositive, y);
                    }
                }
            }
        }
        if (diverged.isEmpty() || max <= 0 || divergedMax <= 10 * max) {
            axis.setAutoRange(true);
            return;
        }
        double upper = logScale ? max * 3 : max * 1.15;
        double lower = logScale ? Math.max(1e-6, minPositive / 3) : 0;
        axis.setRange(lower, upper);
        for (XYTextAnnotation mark : marks.values()) mark.setY(Math.min(mark.getY(), upper * (logScale ? 0.6 : 0.93)));
    }

    /** The key under the title; on a log scale it says why a line that reaches 0 stops. */
    private void updateKey() {
        String key = logScale && anyZeroLoss() ? KEY + " · a loss of exactly 0 has no place on a log scale: a line stops where it reaches 0" : KEY;
        TextTitle title = (TextTitle) chart.getSubtitle(1);
        if (!title.getText().equals(key)) title.setText(key);
    }

    private boolean anyZeroLoss() {
        for (List<XYSeries> group : List.of(training, validation)) {
            for (XYSeries s : group) {
                for (int i = 0; i < s.getItemCount(); i++) if (s.getY(i).doubleValue() == 0) return true;
            }
        }
        return false;
    }

    /** Fixes the epoch axis to 1 … {@code epochs}, so curves grow into a stable frame while they train. */
    private void setEpochs(int epochs) {
        plot.getDomainAxis().setRange(1, Math.max(2, epochs));
        stride = Math.max(1, (epochs + MAX_POINTS - 1) / MAX_POINTS);
    }

    /** Shows or hides the dashed validation curves. */
    public void setShowValidation(boolean show) {
        for (int c = 0; c < labels.size(); c++) renderer.setSeriesVisible(labels.size() + c, show);
    }

    public boolean showsValidation() {
        return labels.isEmpty() || !Boolean.FALSE.equals(renderer.getSeriesVisible(labels.size()));
    }

    /** Linear or logarithmic loss axis. */
    public void setLogScale(boolean log) {
        if (log == logScale) return;
        logScale = log;
        plot.setRangeAxis(lossAxis(log));
        fitLossAxis();
    }

    public boolean logScale() {
        return logScale;
    }

    /**
     * Scales every font of the chart (1 = the sizes laid out for {@link #DESIGN_WIDTH}); the window
     * passes its text size, so the projector setting enlarges the chart as well.
     */
    public void setFontScale(double scale) {
        fontScale = Math.max(0.5, Math.min(3, scale));
        chart.getTitle().setFont(font(Font.BOLD, 18));
        ((TextTitle) chart.getSubtitle(1)).setFont(font(Font.PLAIN, 12));
        chart.getLegend().setItemFont(font(Font.PLAIN, 13));
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelFont(font(Font.PLAIN, 14));
            axis.setTickLabelFont(font(Font.PLAIN, 12));
        }
        for (int i = 0; i < plot.getAnnotations().size(); i++) {
            if (plot.getAnnotations().get(i) instanceof XYTextAnnotation mark) mark.setFont(font(Font.BOLD, 14));
        }
    }

    private Font font(int style, double size) {
        return new Font(Font.SANS_SERIF, style, (int) Math.round(size * fontScale));
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The legend entry of curve {@code c} (with its divergence note). */
    public String legend(int c) {
        return training.get(c).getKey().toString();
    }

    /** How many training points curve {@code c} has on the chart (long runs are thinned to {@link #MAX_POINTS}). */
    public int points(int c) {
        return training.get(c).getItemCount();
    }

    /** Why a chart image of {@code width} × {@code height} cannot be drawn, or null. */
    public static String sizeProblem(int width, int height) {
        String w = Limits.PNG_WIDTH.problem(width), h = Limits.PNG_HEIGHT.problem(height);
        if (w == null && h == null) return null;
        return (w != null ? w : "") + (w != null && h != null ? " " : "") + (h != null ? h : "") + " Got " + width + " × " + height + ".";
    }

    /** The image formats a chart is written in: a raster for any viewer, vectors that stay sharp on a projector. */
    public enum Format {
        PNG, SVG, PDF;

        /** The format a file name's ending asks for (PNG when it names none of these). */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".svg") ? SVG : name.endsWith(".pdf") ? PDF : PNG;
        }
    }

    /** The chart as a PNG of {@code width} × {@code height} pixels, laid out as on screen and scaled up. */
    public byte[] png(int width, int height) throws IOException {
        return Images.png(bufferedImage(width, height));
    }

    /** The chart drawn into an image of {@code width} × {@code height} pixels (a PNG, or the clipboard). */
    public BufferedImage bufferedImage(int width, int height) {
        return Images.draw(width, height, g -> drawScaled(g, width, height));
    }

    /** The chart as {@code format}, {@code width} × {@code height} (pixels, or points for PDF), laid out as {@link #png}. */
    public byte[] image(Format format, int width, int height) throws IOException {
        return switch (format) {
            case PNG -> png(width, height);
            case SVG -> {
                SVGGraphics2D g = new SVGGraphics2D(width, height);
                drawScaled(g, width, height);
                yield g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
            }
            case PDF -> {
                PDFDocument document = new PDFDocument();
                document.setTitle(chart.getTitle().getText());
                Graphics2D g = document.createPage(new Rectangle2D.Double(0, 0, width, height)).getGraphics2D();
                // PDF's standard fonts have no ·, Δ or λ: draw text as outlines, which any glyph has
                g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
                drawScaled(g, width, height);
                yield document.getPDFBytes();
            }
        };
    }

    /**
     * Draws the chart for the window, {@code width} × {@code height} in the window's units (the caller scales
     * {@code g} for the screen's pixels), and says where the plot went.
     */
    public PlotArea drawOnScreen(Graphics2D g, double width, double height) {
        ChartRenderingInfo info = new ChartRenderingInfo(null); // no hit shape per point: hover looks points up
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        ValueAxis epochs = plot.getDomainAxis(), loss = plot.getRangeAxis();
        return new PlotArea(area.getX(), area.getY(), area.getWidth(), area.getHeight(), epochs.getLowerBound(),
                epochs.getUpperBound(), loss.getLowerBound(), loss.getUpperBound(), logScale);
    }

    /** Draws the chart laid out at {@link #DESIGN_WIDTH} and scaled to {@code width}, so the fonts grow with the image. */
    private void drawScaled(Graphics2D g, int width, int height) {
        double scale = Math.max(1, width / DESIGN_WIDTH);
        g.scale(scale, scale);
        chart.draw(g, new Rectangle2D.Double(0, 0, width / scale, height / scale));
    }

    /** Writes the chart in the format {@code file}'s name asks for, through a temporary file, so a failure never leaves half a file. */
    public void write(Path file, int width, int height) throws IOException {
        AtomicFiles.write(file, image(Format.of(file), width, height));
    }
}

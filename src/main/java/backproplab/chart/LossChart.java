package backproplab.chart;

import backproplab.curves.Curve;
import backproplab.curves.CurveRun;
import backproplab.io.AtomicFiles;
import backproplab.io.ImageFormat;
import backproplab.io.Images;
import backproplab.setup.Limits;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The loss chart: mean loss per epoch, from epoch 0 (the starting weights, where every curve of a
 * race starts), for every curve of a {@link CurveRun}, training solid and
 * validation dashed ({@link CurveLines}), on a loss axis fitted to the finite curves
 * ({@link LossAxis}), with an × where a curve diverged ({@link DivergenceMarks}). {@link #catchUp}
 * adds the epochs finished since the last call with a single change event. The window (on its
 * painter thread, {@link #drawOnScreen}) and every export draw this same chart, so an export is
 * what the screen shows. Not thread-safe: one thread owns a chart.
 */
public final class LossChart {
    /** The chart is laid out for this width; larger exports are scaled, so the fonts grow with them. */
    public static final double DESIGN_WIDTH = 800;
    /** The most points one line gets; a screen or a slide cannot show more. */
    public static final int MAX_POINTS = 2000;
    /** The title's size: the window's text size, bold (larger, a long title took three lines of a projector's chart). */
    private static final int TITLE_SIZE = 15;
    private static final String KEY = "solid: training loss · dashed: validation loss";
    private static final String WITH_L2 = " · both with the L2 term";

    private final List<String> labels;
    /** The key under the title: which line is which, and whether the losses include the L2 term. */
    private final String key;
    private final List<XYSeries> training = new ArrayList<>(), validation = new ArrayList<>();
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final CurveLines lines;
    private final XYPlot plot;
    private final JFreeChart chart;
    private final DivergenceMarks marks;
    /** Each curve's last epoch whose column is drawn (−1: none yet). */
    private final int[] drawnTo;
    /**
     * Epochs are drawn in columns of this many: each column's lowest and highest loss, in epoch order,
     * so a long run puts at most {@link #MAX_POINTS} points on a line and a spike is never skipped.
     */
    private int column = 1;
    /** True once the run was over at a catch-up: its divergence marks are drawn. */
    private boolean ended;
    private boolean logScale;
    private double fontScale = 1;

    /** An empty chart with one training and one validation line per label, and {@code key} under the title. */
    private LossChart(String title, List<String> labels, String key) {
        this.labels = List.copyOf(labels);
        this.key = key;
        drawnTo = new int[labels.size()];
        Arrays.fill(drawnTo, -1);
        for (String label : labels) {
            XYSeries t = new XYSeries(label, false, true);
            training.add(t);
            dataset.addSeries(t);
            validation.add(new XYSeries(label + " (validation)", false, true));
        }
        for (XYSeries v : validation) dataset.addSeries(v);
        lines = new CurveLines(training);
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot = new XYPlot(dataset, epochs, LossAxis.create(false, font(Font.PLAIN, 14), font(Font.PLAIN, 12)), lines);
        plot.setBackgroundPaint(Color.WHITE);
        marks = new DivergenceMarks(plot, font(Font.BOLD, 14));
        showGrid();
        chart = new JFreeChart(title, font(Font.BOLD, TITLE_SIZE), plot, true);
        chart.getLegend().setSources(new LegendItemSource[] {lines, lines::validationLegend});
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 8, 6, 22)); // room for the last epoch's label
        chart.addSubtitle(new TextTitle(key));
        setFontScale(1);
    }

    /** A chart of {@code run} with the epochs finished so far; {@link #catchUp} adds the later ones. */
    public static LossChart of(CurveRun run) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < run.size(); c++) labels.add(run.spec(c).label());
        LossChart chart = new LossChart(run.title(), labels, run.l2() > 0 ? KEY + WITH_L2 : KEY);
        chart.plot.getDomainAxis().setRange(0, Math.max(1, run.plannedEpochs())); // a stable frame for curves that grow
        chart.column = Math.max(1, (run.plannedEpochs() + MAX_POINTS / 2) / (MAX_POINTS / 2)); // epochs 0 … planned
        chart.catchUp(run);
        return chart;
    }

    /** A finished chart of {@code curves} over {@code epochs} epochs, trained with λ = {@code l2} (the headless command). */
    public static LossChart of(String title, List<Curve> curves, int epochs, double l2) {
        return of(CurveRun.of(title, curves, epochs, l2));
    }

    /**
     * Adds the columns of epochs of {@code run} (the run this chart was made for) finished since the
     * last call; once the run is over, the last, shorter column, each curve's last epoch and the
     * divergence marks. One change event for all of it.
     */
    public void catchUp(CurveRun run) {
        boolean over = run.isOver(); // read first: once over, every epoch below is final
        chart.setNotify(false);
        for (int c = 0; c < labels.size(); c++) {
            int now = run.epochs(c);
            for (; drawnTo[c] + column <= now; drawnTo[c] += column) drawColumn(c, drawnTo[c] + 1, drawnTo[c] + column, run);
            if (over && drawnTo[c] < now) {
                drawColumn(c, drawnTo[c] + 1, now, run);
                drawnTo[c] = now;
            }
            if (over && now >= 0) endAt(c, now, run);
        }
        dataset.setNotify(true); // one data event for every point added: the axes fit the new data
        if (over && !ended) {
            ended = true;
            for (int c = 0; c < labels.size(); c++) if (run.divergedEpoch(c) != Curve.NOT_DIVERGED) markDiverged(c, run.divergedEpoch(c));
            marks.setHidden(lines.hidden());
            fitLossAxis(); // after every point is in: to the finite curves
        }
        updateKey();
        chart.setNotify(true);
    }

    /** Draws epochs {@code from} … {@code to} of curve {@code c} as their lowest and highest losses, without an event. */
    private void drawColumn(int c, int from, int to, CurveRun run) {
        extremes(training.get(c), from, to, e -> run.training(c, e));
        extremes(validation.get(c), from, to, e -> run.validation(c, e));
    }

    /** Adds the lowest and the highest of {@code loss} over {@code from} … {@code to}, in epoch order (NaN: no validation). */
    private static void extremes(XYSeries line, int from, int to, IntToDoubleFunction loss) {
        int low = -1, high = -1;
        for (int e = from; e <= to; e++) {
            double v = loss.applyAsDouble(e);
            if (Double.isNaN(v)) continue;
            if (low < 0 || v < loss.applyAsDouble(low)) low = e;
            if (high < 0 || v > loss.applyAsDouble(high)) high = e;
        }
        if (low < 0) return;
        int first = Math.min(low, high), second = Math.max(low, high);
        line.add(first, loss.applyAsDouble(first), false);
        if (second != first) line.add(second, loss.applyAsDouble(second), false);
    }

    /** Makes curve {@code c}'s line end at its last epoch, {@code last}, whichever extreme its last column drew. */
    private void endAt(int c, int last, CurveRun run) {
        for (XYSeries line : List.of(training.get(c), validation.get(c))) {
            double v = line == training.get(c) ? run.training(c, last) : run.validation(c, last);
            int n = line.getItemCount();
            if (!Double.isNaN(v) && (n == 0 || line.getX(n - 1).intValue() != last)) line.add(last, v, false);
        }
    }

    /** Curve {@code c} diverged at {@code epoch}: its legend says so, and an × follows its last point. */
    private void markDiverged(int c, int epoch) {
        XYSeries t = training.get(c);
        t.setKey(labels.get(c) + " (" + Curve.divergedAt(epoch) + ")");
        int last = t.getItemCount() - 1;
        marks.mark(c, labels.get(c), epoch, last < 0 ? 0 : t.getX(last).doubleValue(), last < 0 ? 0 : t.getY(last).doubleValue(),
                lines.palette());
    }

    private void fitLossAxis() {
        LossAxis.fit(plot.getRangeAxis(), logScale, training, validation, marks, lines.hidden());
    }

    /** The key under the title; on a log scale it says why a line that reaches 0 stops. */
    private void updateKey() {
        String text = logScale && LossAxis.anyZero(training, validation)
                ? key + " · a loss of exactly 0 has no place on a log scale: a line stops where it reaches 0" : key;
        TextTitle title = (TextTitle) chart.getSubtitle(1);
        if (!title.getText().equals(text)) title.setText(text);
    }

    /** Applies {@code style}: palette and weight, axis scale, validation lines, text size, markers and hidden curves. */
    public void setStyle(ChartStyle style) {
        chart.setNotify(false);
        setLook(style.palette(), style.bold());
        setLogScale(style.logScale());
        setShowValidation(style.showValidation());
        if (style.fontScale() != fontScale) setFontScale(style.fontScale());
        lines.setMarkers(style.markers());
        setHidden(style.hidden());
        chart.setNotify(true);
    }

    /** Hides the curves whose indices are in {@code curves} (their legend entries stay, in grey) and fits the loss axis to the rest. */
    public void setHidden(Set<Integer> curves) {
        if (curves.equals(lines.hidden())) return;
        lines.setHidden(curves);
        marks.setHidden(lines.hidden());
        fitLossAxis();
    }

    /**
     * Chooses the colours and how heavy the lines are; exports drawn afterwards look the same.
     *
     * @param bold thicker lines, larger markers and darker grid lines (the high-contrast theme)
     */
    public void setLook(Palette palette, boolean bold) {
        lines.setLook(palette, bold);
        showGrid();
        marks.recolour(palette);
    }

    private void showGrid() {
        plot.setDomainGridlinePaint(lines.grid());
        plot.setRangeGridlinePaint(lines.grid());
    }

    /** Shows or hides the dashed validation curves. */
    public void setShowValidation(boolean show) {
        lines.setShowValidation(show);
    }

    public boolean showsValidation() {
        return lines.showsValidation();
    }

    /** Linear or logarithmic loss axis. */
    public void setLogScale(boolean log) {
        if (log == logScale) return;
        logScale = log;
        plot.setRangeAxis(LossAxis.create(log, font(Font.PLAIN, 14), font(Font.PLAIN, 12)));
        fitLossAxis();
        updateKey();
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
        chart.getTitle().setFont(font(Font.BOLD, TITLE_SIZE));
        ((TextTitle) chart.getSubtitle(1)).setFont(font(Font.PLAIN, 12));
        chart.getLegend().setItemFont(font(Font.PLAIN, 13));
        for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelFont(font(Font.PLAIN, 14));
            axis.setTickLabelFont(font(Font.PLAIN, 12));
        }
        marks.setFont(font(Font.BOLD, 14));
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

    /**
     * Draws the chart for the window, {@code width} × {@code height} in the window's units (the caller
     * scales {@code g} for the screen's pixels), and says where the plot went.
     */
    public PlotArea drawOnScreen(Graphics2D g, double width, double height) {
        ChartRenderingInfo info = new ChartRenderingInfo(new LegendEntities());
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        ValueAxis epochs = plot.getDomainAxis(), loss = plot.getRangeAxis();
        List<PlotArea.LegendEntry> legend = new ArrayList<>();
        for (Object e : info.getEntityCollection().getEntities()) {
            int c = e instanceof LegendItemEntity l && l.getSeriesKey() != null ? dataset.getSeriesIndex(l.getSeriesKey()) : -1;
            if (c >= 0 && c < labels.size()) {
                Rectangle2D b = ((LegendItemEntity) e).getArea().getBounds2D();
                legend.add(new PlotArea.LegendEntry(c, b.getX(), b.getY(), b.getWidth(), b.getHeight()));
            }
        }
        return new PlotArea(area.getX(), area.getY(), area.getWidth(), area.getHeight(), epochs.getLowerBound(),
                epochs.getUpperBound(), loss.getLowerBound(), loss.getUpperBound(), logScale, legend);
    }

    /** Keeps only the legend's entries of a drawing (where each curve's name is), not a shape per point or mark. */
    private static final class LegendEntities extends StandardEntityCollection {
        private static final long serialVersionUID = 1L;

        @Override
        public void add(ChartEntity entity) {
            if (entity instanceof LegendItemEntity) super.add(entity);
        }

        @Override
        public void addAll(EntityCollection entities) {
            for (Object e : entities.getEntities()) add((ChartEntity) e);
        }
    }

    /** The chart drawn into an image of {@code width} × {@code height} pixels (the clipboard). */
    public BufferedImage bufferedImage(int width, int height) {
        return Images.draw(width, height, g -> drawScaled(g, width, height));
    }

    /** The chart as {@code format}, {@code width} × {@code height} (pixels, or points for PDF), laid out as on screen and scaled. */
    public byte[] image(ImageFormat format, int width, int height) throws IOException {
        return format.encode(width, height, chart.getTitle().getText(), ImageFormat.Text.AS_TEXT, g -> drawScaled(g, width, height));
    }

    /** Draws the chart laid out at {@link #DESIGN_WIDTH} and scaled to {@code width}, so the fonts grow with the image. */
    private void drawScaled(Graphics2D g, int width, int height) {
        double scale = Math.max(1, width / DESIGN_WIDTH);
        g.scale(scale, scale);
        chart.draw(g, new Rectangle2D.Double(0, 0, width / scale, height / scale));
    }

    /** Writes the chart in the format {@code file}'s name asks for, through a temporary file, so a failure never leaves half a file. */
    public void write(Path file, int width, int height) throws IOException {
        AtomicFiles.write(file, image(ImageFormat.of(file), width, height));
    }
}

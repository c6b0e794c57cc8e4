package backproplab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.curves.Curve;
import backproplab.curves.CurveRun;
import backproplab.curves.CurveSpec;
import backproplab.io.ImageFormat;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class LossChartTest {
    /** A curve with these training losses from epoch 0 on, and validation losses 0.5 higher. */
    private static Curve curve(Activation a, double... training) {
        double[] validation = new double[training.length];
        for (int i = 0; i < training.length; i++) validation[i] = training[i] + 0.5;
        return new Curve(new CurveSpec(a, OptimizerSettings.of(OptimizerSettings.Type.ADAM, 0.01)), training, validation, Curve.NOT_DIVERGED,
                Double.NaN);
    }

    /**
     * On a greyscale print the colours may look alike: every curve has its own marker shape (in the
     * legend too), validation lines have a legend entry drawn dashed, and the black-and-white palette
     * and the bold look change only colours and weights.
     */
    @Test
    void everyCurveHasItsOwnMarkerAndTheLegendShowsTheValidationDash() {
        List<Curve> curves = new ArrayList<>();
        for (Activation a : List.of(Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.SOFTSIGN, Activation.HARDTANH, Activation.LEAKY_RELU)) {
            double[] t = new double[40];
            Arrays.fill(t, 0.5);
            curves.add(curve(a, t));
        }
        LossChart chart = LossChart.of("t", curves, 39, 0);
        var renderer = (XYLineAndShapeRenderer) chart.chart().getXYPlot().getRenderer();
        Set<String> shapes = new HashSet<>();
        Set<Paint> colours = new HashSet<>();
        var legend = chart.chart().getXYPlot().getLegendItems();
        for (int c = 0; c < curves.size(); c++) {
            Rectangle2D box = renderer.getSeriesShape(c).getBounds2D();
            shapes.add(renderer.getSeriesShape(c).getClass().getSimpleName() + box.getWidth() + "x" + box.getHeight()
                    + Arrays.toString(pathOf(renderer.getSeriesShape(c))));
            colours.add(renderer.getSeriesPaint(c));
            int markers = 0;
            for (int i = 0; i < 40; i++) if (renderer.getItemShapeVisible(c, i)) markers++;
            assertTrue(markers >= 4 && markers <= 10, "a few markers per line, not one per point: " + markers);
            assertFalse(renderer.getItemShapeVisible(curves.size() + c, 5), "validation lines carry no markers");
            assertTrue(legend.get(c).isShapeVisible(), "the legend shows the marker");
        }
        assertEquals(curves.size(), shapes.size(), "six curves, six shapes");
        assertEquals(curves.size(), colours.size());
        var items = new ArrayList<LegendItem>();
        for (var source : chart.chart().getLegend().getSources()) {
            for (int i = 0; i < source.getLegendItems().getItemCount(); i++) items.add(source.getLegendItems().get(i));
        }
        LegendItem validation = items.get(items.size() - 1);
        assertTrue(validation.getLabel().startsWith("validation"), validation.getLabel());
        assertTrue(((BasicStroke) validation.getLineStroke()).getDashArray() != null, "drawn dashed in the legend");
        chart.setShowValidation(false);
        assertEquals(curves.size(), chart.chart().getLegend().getSources()[0].getLegendItems().getItemCount()
                + chart.chart().getLegend().getSources()[1].getLegendItems().getItemCount(), "no validation entry when they are hidden");

        float normal = ((BasicStroke) renderer.getSeriesStroke(0)).getLineWidth();
        chart.setLook(Palette.MONOCHROME, true);
        for (int c = 0; c < curves.size(); c++) {
            Color colour = (Color) renderer.getSeriesPaint(c);
            assertEquals(colour.getRed(), colour.getGreen(), "grey: " + colour);
            assertEquals(colour.getGreen(), colour.getBlue(), "grey: " + colour);
        }
        assertTrue(((BasicStroke) renderer.getSeriesStroke(0)).getLineWidth() > normal, "bold lines are thicker");
    }

    private static double[] pathOf(Shape shape) {
        var out = new ArrayList<Double>();
        double[] point = new double[6];
        for (var it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            it.currentSegment(point);
            out.add(Math.round(point[0] * 10) / 10.0);
            out.add(Math.round(point[1] * 10) / 10.0);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void theHoverFindsTheNearestPointOfTheLinesShownByLookup() {
        CurveRun run = CurveRun.of("t", List.of(curve(Activation.TANH, 0.9, 0.4, 0.2), curve(Activation.RELU, 0.8, 0.1, 0.05)), 2, 0);
        // A plot 200 px wide from epoch 0 to 2 and 100 px high from loss 0 to 2, at (10, 20).
        PlotArea area = new PlotArea(10, 20, 200, 100, 0, 2, 0, 2, false, List.of());
        assertEquals(110, area.xOf(1), 1e-12);
        assertEquals(100, area.yOf(0.4), 1e-12);
        assertEquals(new PlotArea.Point(0, 1, false, 0.4), area.nearest(run, 111, 97, true, Set.of(), 12));
        assertEquals(new PlotArea.Point(0, 1, true, 0.9), area.nearest(run, 109, 76, true, Set.of(), 12), "tanh's validation: 0.4 + 0.5");
        assertEquals(null, area.nearest(run, 109, 76, false, Set.of(), 12), "validation hidden: nothing within reach");
        assertEquals(new PlotArea.Point(1, 2, false, 0.05), area.nearest(run, 208, 118, false, Set.of(), 12));
        assertEquals(new PlotArea.Point(0, 0, false, 0.9), area.nearest(run, 12, 75, false, Set.of(), 12), "epoch 0: the starting weights");
        assertEquals(null, area.nearest(run, 5, 100, true, Set.of(), 12), "left of the plot");
        assertEquals(null, area.nearest(run, 111, 97, false, Set.of(0), 12), "tanh hidden: ReLU's point is 18 px away");
        PlotArea log = new PlotArea(0, 0, 100, 100, 1, 3, 0.01, 1, true, List.of());
        assertEquals(50, log.yOf(0.1), 1e-9, "a decade is half of two");
        assertTrue(Double.isNaN(log.yOf(0)), "a loss of 0 has no place on a log axis");
    }

    /**
     * A hidden curve loses both lines and its × but keeps a grey legend entry, drawn where a click
     * finds it again; the loss axis fits the curves still shown. Markers can be turned off, in the
     * legend too.
     */
    @Test
    void aHiddenCurveKeepsAGreyLegendEntryTheAxisFitsTheRestAndMarkersCanBeOff() {
        Curve wild = new Curve(new CurveSpec(Activation.RELU, OptimizerSettings.of(OptimizerSettings.Type.SGD, 10)),
                new double[] {0.5, 40, 30}, new double[] {0.7, 45, 35}, Curve.NOT_DIVERGED, Double.NaN);
        Curve gone = new Curve(new CurveSpec(Activation.SIGMOID, OptimizerSettings.of(OptimizerSettings.Type.SGD, 1e300)),
                new double[] {0.5, 0.6}, new double[] {0.7, 0.8}, 2, Double.NaN);
        LossChart chart = LossChart.of("t", List.of(curve(Activation.TANH, 0.9, 0.4, 0.2), wild, gone), 2, 0);
        var renderer = (XYLineAndShapeRenderer) chart.chart().getXYPlot().getRenderer();
        var axis = chart.chart().getXYPlot().getRangeAxis();
        assertTrue(axis.getUpperBound() >= 45, "every curve: up to ReLU's 45, got " + axis.getUpperBound());
        assertEquals(1, chart.chart().getXYPlot().getAnnotations().size(), "sigmoid's ×");
        chart.setStyle(new ChartStyle(Palette.COLOUR, false, false, true, 1, true, Set.of(1, 2)));
        assertFalse(renderer.isSeriesVisible(1), "ReLU's training line hidden");
        assertFalse(renderer.isSeriesVisible(4), "and its validation line");
        assertTrue(renderer.isSeriesVisible(0) && renderer.isSeriesVisible(3), "tanh's lines stay");
        assertTrue(axis.getUpperBound() < 2, "the axis fits tanh alone (0.2 … 1.4), got " + axis.getUpperBound());
        assertTrue(chart.chart().getXYPlot().getAnnotations().isEmpty(), "sigmoid's × goes with it");
        LegendItem hidden = chart.chart().getLegend().getSources()[0].getLegendItems().get(2);
        assertEquals("sigmoid · SGD (diverged at epoch 2) (hidden)", hidden.getLabel());
        assertEquals(hidden.getLabelPaint(), hidden.getLinePaint(), "drawn in grey");

        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_ARGB);
        PlotArea area = chart.drawOnScreen(image.createGraphics(), 800, 500);
        assertEquals(3, area.legend().size(), "every entry, the hidden ones too: " + area.legend());
        for (PlotArea.LegendEntry e : area.legend()) {
            assertEquals(e.curve(), area.legendCurveAt(e.x() + e.width() / 2, e.y() + e.height() / 2));
            assertTrue(e.y() > area.y() + area.height(), "the legend is under the plot");
        }
        assertEquals(-1, area.legendCurveAt(area.x() + 5, area.y() + 5), "no entry on the plot");

        chart.setStyle(new ChartStyle(Palette.COLOUR, false, false, true, 1, false, Set.of()));
        assertTrue(renderer.isSeriesVisible(1), "shown again");
        assertEquals(1, chart.chart().getXYPlot().getAnnotations().size(), "with its ×");
        for (int i = 0; i < 3; i++) assertFalse(renderer.getItemShapeVisible(0, i), "markers off");
        assertFalse(chart.chart().getXYPlot().getLegendItems().get(0).isShapeVisible(), "in the legend too");
    }

    @Test
    void catchingUpWithARunAddsItsNewEpochsInOneChartEvent() {
        CurveRun run = new CurveRun("t", List.of(new CurveSpec(Activation.TANH, OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1)),
                new CurveSpec(Activation.RELU, OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1))), 100, null, 0);
        LossChart chart = LossChart.of(run);
        int[] events = new int[1];
        chart.chart().addChangeListener(e -> events[0]++);
        for (int e = 0; e <= 40; e++) {
            run.epoch(0, e, 1.0 / (e + 1), 2.0 / (e + 1));
            run.epoch(1, e, 0.5 / (e + 1), 1.0 / (e + 1));
        }
        chart.catchUp(run);
        assertEquals(1, events[0], "one repaint for 82 points on 4 lines");
        assertEquals(41, chart.points(0), "epochs 0 … 40");
        assertEquals(41, chart.points(1));
        assertEquals(0, chart.chart().getXYPlot().getDataset().getXValue(0, 0), 0.0, "the line starts at epoch 0");
        assertEquals(2.0 / 41, chart.chart().getXYPlot().getDataset().getYValue(2, 40), 0.0, "tanh's validation, epoch 40");
        chart.catchUp(run);
        assertEquals(41, chart.points(0), "nothing twice");
        run.epoch(0, 41, 0.1, 0.2);
        chart.catchUp(run);
        assertEquals(42, chart.points(0));
        assertEquals(3, events[0]);
    }

    @Test
    void longRunsAreThinnedButKeepTheirLastEpoch() {
        double[] losses = new double[10_001];
        Arrays.fill(losses, 0.5);
        LossChart chart = LossChart.of("t", List.of(curve(Activation.RELU, losses)), 10_000, 0);
        assertTrue(chart.points(0) <= LossChart.MAX_POINTS + 1, chart.points(0) + " points");
        XYDataset data = chart.chart().getXYPlot().getDataset();
        assertEquals(0, data.getXValue(0, 0), 0.0, "the starting point is drawn");
        assertEquals(10_000, data.getXValue(0, data.getItemCount(0) - 1), 0.0, "the last epoch is drawn");
    }

    @Test
    void aLongRunIsDrawnAsEachColumnsLowestAndHighestSoNoSpikeIsSkipped() {
        double[] losses = new double[100_001];
        for (int e = 0; e < losses.length; e++) losses[e] = 0.5 + 0.01 * Math.sin(e);
        losses[50_002] = 40; // one epoch's spike, as a run about to diverge shows
        losses[70_001] = 0.001;
        LossChart chart = LossChart.of("t", List.of(curve(Activation.RELU, losses)), 100_000, 0);
        assertTrue(chart.points(0) <= LossChart.MAX_POINTS + 1, chart.points(0) + " points");
        XYDataset data = chart.chart().getXYPlot().getDataset();
        double highest = 0, lowest = 1;
        for (int i = 0; i < data.getItemCount(0); i++) {
            highest = Math.max(highest, data.getYValue(0, i));
            lowest = Math.min(lowest, data.getYValue(0, i));
        }
        assertEquals(40, highest, 0.0, "the spike is drawn");
        assertEquals(0.001, lowest, 0.0, "and the dip");
        for (int i = 1; i < data.getItemCount(0); i++) assertTrue(data.getXValue(0, i) > data.getXValue(0, i - 1), "in epoch order");
    }

    @Test
    void validationToggleAndCsvCells() {
        Curve ok = curve(Activation.SIGMOID, 0.3, 0.2);
        Curve bad = new Curve(new CurveSpec(Activation.TANH, OptimizerSettings.of(OptimizerSettings.Type.SGD, 9)),
                new double[] {0.4}, new double[] {0.6}, 1, Double.POSITIVE_INFINITY);
        LossChart chart = LossChart.of("t", List.of(ok, bad), 1, 0);
        assertTrue(chart.showsValidation());
        chart.setShowValidation(false);
        assertFalse(chart.showsValidation());
        assertEquals("tanh · SGD (diverged at epoch 1)", chart.legend(1));
        assertEquals("epoch,sigmoid · Adam training,sigmoid · Adam validation,tanh · SGD (diverged at epoch 1) training,"
                + "tanh · SGD (diverged at epoch 1) validation\n0,0.3,0.8,0.4,0.6\n1,0.2,0.7,,\n", CurveTable.csv(List.of(ok, bad)));
    }

    @Test
    void runsThatDivergeAtTheSamePointShareOneMarkNamingBoth() {
        Curve a = new Curve(new CurveSpec(Activation.TANH, OptimizerSettings.of(OptimizerSettings.Type.SGD, 1e300)),
                new double[] {0.5}, new double[] {0.7}, 1, Double.NaN);
        Curve b = new Curve(new CurveSpec(Activation.RELU, OptimizerSettings.of(OptimizerSettings.Type.SGD, 1e300)),
                new double[] {0.5}, new double[] {0.7}, 1, Double.NaN);
        LossChart chart = LossChart.of("t", List.of(a, b), 20, 0);
        List<String> marks = chart.chart().getXYPlot().getAnnotations().stream()
                .map(m -> ((XYTextAnnotation) m).getText()).toList();
        assertEquals(List.of(" × diverged: tanh · SGD at epoch 1; ReLU · SGD at epoch 1"), marks);
    }

    @Test
    void aCurveWhoseStartingLossIsNotFiniteIsMarkedAtEpochZeroAndTheKeySaysWhenTheL2TermIsIn() {
        Curve wild = new Curve(new CurveSpec(Activation.RELU, OptimizerSettings.of(OptimizerSettings.Type.SGD, 0.1)),
                new double[0], new double[0], 0, Double.POSITIVE_INFINITY);
        LossChart chart = LossChart.of("t", List.of(curve(Activation.TANH, 0.9, 0.4), wild), 1, 0.01);
        assertEquals("ReLU · SGD (diverged at epoch 0, the starting weights)", chart.legend(1));
        assertEquals("solid: training loss · dashed: validation loss · both with the L2 term",
                ((TextTitle) chart.chart().getSubtitle(1)).getText());
        assertEquals("solid: training loss · dashed: validation loss",
                ((TextTitle) LossChart.of("t", List.of(curve(Activation.TANH, 0.9, 0.4)), 1, 0).chart().getSubtitle(1)).getText());
    }

    @Test
    void aLogScaleLabelsItsTicksAsDecimals() {
        LossChart chart = LossChart.of("t", List.of(curve(Activation.TANH, 0.9, 0.4, 0.2)), 2, 0);
        chart.setLogScale(true);
        var axis = (LogAxis) chart.chart().getXYPlot().getRangeAxis();
        assertEquals("0.316", axis.getNumberFormatOverride().format(Math.pow(10, -0.5)), "not 10^-0.5");
        LossChart zero = LossChart.of("t", List.of(curve(Activation.RELU, 0.5, 0.0, 0.0)), 2, 0);
        zero.setLogScale(true);
        String key = ((TextTitle) zero.chart().getSubtitle(1)).getText();
        assertTrue(key.endsWith("a line stops where it reaches 0"), "a curve that reaches 0 is explained, not silently cut: " + key);
    }

    @Test
    void vectorExportsCarryTheCurvesSvgAsXmlAndPdfAsAPage() throws Exception {
        LossChart chart = LossChart.of("4-2-1 network", List.of(curve(Activation.SIGMOID, 0.9, 0.5, 0.3), curve(Activation.RELU, 0.8, 0.4, 0.2)), 2, 0);
        byte[] svg = chart.image(ImageFormat.SVG, 1600, 1000);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline: no DTD fetch
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", document.getDocumentElement().getTagName());
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("sigmoid · Adam") && text.contains("ReLU · Adam"), "the legend names both curves");
        assertTrue(document.getElementsByTagName("path").getLength() > 2, "the curves are paths");
        byte[] pdf = chart.image(ImageFormat.PDF, 800, 500);
        String head = new String(pdf, 0, 5, StandardCharsets.ISO_8859_1);
        assertEquals("%PDF-", head);
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("/Type /Page"), "one page");
        assertEquals(ImageFormat.SVG, ImageFormat.of(Path.of("slide.SVG")));
        assertEquals(ImageFormat.PNG, ImageFormat.of(Path.of("chart")));
    }

    @Test
    void theSummaryNamesEachCurvesLowestLossesAndHowFarItGot() {
        Curve ok = curve(Activation.SIGMOID, 0.5, 0.2, 0.3); // validation = training + 0.5
        Curve bad = new Curve(new CurveSpec(Activation.TANH, OptimizerSettings.of(OptimizerSettings.Type.SGD, 9)),
                new double[] {0.4}, new double[] {Double.NaN}, 1, Double.POSITIVE_INFINITY);
        List<CurveTable.Summary> rows = CurveTable.summary(List.of(ok, bad));
        assertEquals(new CurveTable.Summary("sigmoid · Adam", 0.2, 1, 0.7, 1, 2, false), rows.get(0));
        assertEquals(0, rows.get(1).atEpoch(), "its lowest: at the starting weights");
        assertTrue(Double.isNaN(rows.get(1).minValidation()) && rows.get(1).atValidationEpoch() == CurveTable.Summary.NONE
                && rows.get(1).diverged());
        String text = CurveTable.summaryText(rows, v -> Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v));
        assertEquals("curve\tlowest training loss\tat epoch\tlowest validation loss\tat epoch\tepochs reached\n"
                + "sigmoid · Adam\t0.20\t1\t0.70\t1\t2\n"
                + "tanh · SGD (diverged at epoch 1)\t0.40\t0\t\t\t0 (diverged)\n", text);
    }
}

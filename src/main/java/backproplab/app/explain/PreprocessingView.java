package backproplab.app.explain;

import backproplab.app.kit.Choices;
import backproplab.app.kit.HeatMap;
import backproplab.app.kit.ScatterPlot;
import backproplab.app.kit.SetupControls;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.curves.ExperimentData;
import backproplab.engine.InputStatistics;
import backproplab.engine.Preprocessor;
import backproplab.walkthrough.Decimals;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What preprocessing does to the word data: per dimension the mean and deviation, the covariance
 * matrix as a heat map and a scatter of two chosen dimensions, before and after the chosen
 * preprocessing (the curves' setting, fitted on the training split as training does). Whitening's
 * covariance comes out as diag(λ/(λ+ε)), close to the identity, and the view says so.
 */
final class PreprocessingView extends VBox {
    private static final double MAP = 300, SCATTER = 300;

    private final SessionModel session;
    private final DisplaySettings display;
    private final Label heading = new Label(), summary = new Label();
    private final Side before = new Side("raw"), after = new Side("after");
    private final ChoiceBox<Integer> xDim = new ChoiceBox<>(), yDim = new ChoiceBox<>();
    /** Held here so the weak listeners live as long as the view. */
    private final InvalidationListener follow = o -> refresh();

    PreprocessingView(SessionModel session, DisplaySettings display) {
        super(10);
        this.session = session;
        this.display = display;
        heading.getStyleClass().add("panel-heading");
        heading.setId("prep-heading");
        heading.setWrapText(true);
        Label problem = new Label();
        SetupControls controls = new SetupControls(session, problem::setText);
        ChoiceBox<Preprocessor.Kind> kind = Choices.of("prep-kind", List.of(Preprocessor.Kind.values()), Preprocessor.Kind::displayName);
        kind.setMaxWidth(Region.USE_PREF_SIZE);
        controls.choice(kind, s -> s.curves().preprocessing(), (b, k) -> b.curves.preprocessing = k);
        xDim.setId("scatter-x");
        yDim.setId("scatter-y");
        xDim.valueProperty().addListener(follow);
        yDim.valueProperty().addListener(follow);
        HBox choose = new HBox(10, new Label("Preprocessing"), kind, new Label("Scatter: dimension"), xDim, new Label("against"), yDim);
        choose.setAlignment(Pos.CENTER_LEFT);
        summary.setId("prep-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("panel-note");
        getChildren().addAll(heading, choose, summary, new HBox(24, before, after));
        session.sessionProperty().addListener(new WeakInvalidationListener(follow));
        display.decimalsProperty().addListener(new WeakInvalidationListener(follow));
        refresh();
    }

    private void refresh() {
        var s = session.session();
        Preprocessor.Kind kind = s.setup().curves().preprocessing();
        double[][][] rows = ExperimentData.inputsBeforeAndAfter(s.setup().lesson(), s.words(), kind);
        int d = rows[0][0].length;
        if (xDim.getItems().size() != d) {
            List<Integer> dims = IntStream.rangeClosed(1, d).boxed().toList();
            xDim.getItems().setAll(dims);
            yDim.getItems().setAll(dims);
            xDim.setValue(1);
            yDim.setValue(Math.min(2, d));
        }
        InputStatistics[] shown = {InputStatistics.of(rows[0]), InputStatistics.of(rows[1])};
        heading.setText("What " + (kind == Preprocessor.Kind.NONE ? "preprocessing does (none chosen)" : kind.displayName() + " does")
                + " to the " + d + " input dimensions of the " + shown[0].rows() + " training inputs");
        summary.setText("Fitted on the training split only, as training does; the corrupt windows count as inputs too. "
                + "Largest covariance off the diagonal: " + display.decimals().format(shown[0].largestCorrelation()) + " → "
                + display.decimals().format(shown[1].largestCorrelation())
                + (kind == Preprocessor.Kind.WHITEN ? ". " + whitened(shown[1].covariance()) : "."));
        int x = xDim.getValue() == null ? 0 : xDim.getValue() - 1, y = yDim.getValue() == null ? Math.min(1, d - 1) : yDim.getValue() - 1;
        before.show("Raw inputs", shown[0], rows[0], x, y);
        after.show(kind == Preprocessor.Kind.NONE ? "Unchanged (none)" : "After " + kind.displayName(), shown[1], rows[1], x, y);
    }

    /**
     * What whitening's covariance is, in words: not quite the identity but diag(λ/(λ+ε)), with the
     * diagonal it came out with here, and how the recipe differs from the notes' (engine spec).
     */
    private String whitened(double[][] covariance) {
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < covariance.length; j++) {
            low = Math.min(low, covariance[j][j]);
            high = Math.max(high, covariance[j][j]);
        }
        Decimals d = display.decimals();
        return "Whitening decorrelates and divides each direction by √(λ + ε), ε = " + Decimals.plain(Preprocessor.WHITEN_EPSILON)
                + ": the covariance becomes diag(λ/(λ + ε)) in the rotated basis, here a diagonal of " + d.format(low) + " to " + d.format(high)
                + ", close to the identity where every eigenvalue λ is large against ε. The notes divide by the singular value itself (by a"
                + " small number only where it is 0); adding ε everywhere keeps the tiniest directions from being blown up.";
    }

    /** One column: title, mean and deviation per dimension, covariance heat map, scatter. */
    private final class Side extends VBox {
        private final Label title = new Label();
        private final GridPane stats = new GridPane();
        private final HeatMap covariance = new HeatMap(MAP);
        private final ScatterPlot scatter = new ScatterPlot(SCATTER);

        Side(String id) {
            super(6);
            title.getStyleClass().add("panel-heading");
            stats.setHgap(12);
            covariance.setId("cov-" + id);
            scatter.setId("scatter-" + id);
            getChildren().addAll(title, stats, new Label("Covariance"), covariance, new Label("Scatter"), scatter);
        }

        void show(String name, InputStatistics s, double[][] rows, int x, int y) {
            Decimals d = display.decimals();
            title.setText(name);
            stats.getChildren().clear();
            stats.addRow(0, new Label("dimension"), new Label("mean"), new Label("deviation"));
            for (int j = 0; j < s.mean().length; j++) {
                stats.addRow(j + 1, new Label(Integer.toString(j + 1)), new Label(d.format(s.mean()[j])), new Label(d.format(s.deviation()[j])));
            }
            covariance.draw(s.covariance(), d, display.textSizeProperty().get());
            scatter.draw(column(rows, x), column(rows, y), "dimension " + (x + 1), "dimension " + (y + 1), display.textSizeProperty().get(), d);
        }
    }

    private static double[] column(double[][] rows, int j) {
        double[] out = new double[rows.length];
        for (int r = 0; r < rows.length; r++) out[r] = rows[r][j];
        return out;
    }
}

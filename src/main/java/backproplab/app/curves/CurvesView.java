package backproplab.app.curves;

import backproplab.app.kit.Buttons;
import backproplab.app.kit.Choices;
import backproplab.app.kit.EditMessage;
import backproplab.app.kit.FileAsker;
import backproplab.app.kit.PictureSizeDialog;
import backproplab.app.kit.SetupControls;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.PanelLayout;
import backproplab.app.session.SessionModel;
import backproplab.app.session.Theme;
import backproplab.chart.ChartStyle;
import backproplab.chart.CurveTable;
import backproplab.curves.CurveRun;
import backproplab.curves.Experiments;
import backproplab.setup.CurveSettings;
import backproplab.setup.Race;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The loss-curve tab: Train and Cancel with a progress bar, the chart (hover a line for the
 * epoch and the exact loss, click a legend entry to hide or show its curve), the table of lowest
 * losses in a fold, toggles for the validation curves, a log scale and markers, and exports.
 * The chart follows the session's display choices and the window's text size and decimals.
 */
public final class CurvesView extends BorderPane {
    /** The table shows this many lines (the heading and four curves) and scrolls past them; a line is this many ems. */
    private static final double SUMMARY_LINES = 5, LINE_EMS = 1.45;
    private final CurvesModel model;
    private final SetupControls controls;
    private final DisplaySettings display;
    private final FileAsker files;
    /** How the chart looks: the session's curve settings and the window's display choices. */
    private final ObjectBinding<ChartStyle> style;
    private final ChartPane chart;
    /** The size the chart is exported and copied at: asked by Export chart…, kept for Copy chart. */
    private int exportWidth = Experiments.DEFAULT_PNG_WIDTH, exportHeight = Experiments.DEFAULT_PNG_HEIGHT;
    /** Under the chart: each curve's lowest losses and how far it got. */
    private final GridPane summary = new GridPane();

    public CurvesView(CurvesModel model, SessionModel session, DisplaySettings display, FileAsker files) {
        EditMessage problem = new EditMessage("curves-setup-message");
        this.model = model;
        this.controls = new SetupControls(session, problem::show);
        this.display = display;
        this.files = files;
        getStyleClass().add("curves-view");
        style = chartStyle(session, display, model);
        chart = new ChartPane(model.runProperty(), style, display.decimalsProperty(), message -> model.report(message, true),
                model::toggleHidden);
        chart.setId("loss-chart");
        VBox top = new VBox(6, runBar(), status(), problem);
        top.getStyleClass().add("curves-toolbar");
        setTop(top);
        setCenter(chart);
        setBottom(new VBox(4, summaryFold(), exportBar()));
        showSummary(); // built on first use, perhaps after curves were trained (Ctrl + T on the stepping tab)
    }

    /** The chart's look: the session's curve settings, the window's display choices and the curves hidden from the chart. */
    private static ObjectBinding<ChartStyle> chartStyle(SessionModel session, DisplaySettings display, CurvesModel model) {
        return Bindings.createObjectBinding(() -> {
            CurveSettings c = session.setup().curves();
            return new ChartStyle(display.paletteProperty().get(), display.themeProperty().get() == Theme.HIGH_CONTRAST,
                    c.logScale(), c.showValidation(), display.textSizeProperty().get() / (double) DisplaySettings.DEFAULT_TEXT_SIZE,
                    c.markers(), model.hiddenCurves());
        }, session.sessionProperty(), display.paletteProperty(), display.themeProperty(), display.textSizeProperty(), model.hiddenCurves());
    }

    /** Train, Cancel, what is raced, and why Train is off; it wraps when the window is narrow. */
    private FlowPane runBar() {
        Button train = Buttons.of("train", "Train", "Train every ticked activation × optimizer from the same initial weights (Ctrl + T)",
                this::train);
        train.disableProperty().bind(model.runningProperty().or(model.notReadyReasonProperty().isNotEmpty()));
        Button cancel = Buttons.of("cancel", "Cancel", "Stop training; the curves keep the epochs that finished (Esc)", model::cancel);
        cancel.disableProperty().bind(model.runningProperty().not());
        Label reason = new Label();
        reason.setId("train-reason");
        reason.getStyleClass().add("field-message");
        reason.textProperty().bind(model.notReadyReasonProperty());
        HBox race = new HBox(8, new Label("Race"), raceChoice(), raceNote());
        race.setAlignment(Pos.CENTER_LEFT);
        FlowPane run = new FlowPane(8, 6, train, cancel, race, reason);
        run.setAlignment(Pos.CENTER_LEFT);
        return run;
    }

    private ChoiceBox<Race> raceChoice() {
        ChoiceBox<Race> race = Choices.of("race", List.of(Race.values()), Race::displayName);
        race.setMaxWidth(Region.USE_PREF_SIZE);
        race.setTooltip(new Tooltip("Race the ticked activations × optimizers, or vary one trick for the stepping view's "
                + "activation and optimizer with everything else the same"));
        controls.choice(race, s -> s.curves().race(), (b, r) -> b.curves.race = r);
        return race;
    }

    /** Which curves the race has: the ticked ones, or one trick for the stepping view's choice. */
    private Label raceNote() {
        Label note = new Label();
        note.setId("race-note");
        note.getStyleClass().add("panel-note");
        note.textProperty().bind(Bindings.createStringBinding(() -> {
            var s = controls.model().setup();
            return s.curves().race() == Race.PAIRS ? "the ticked ones (right panel)"
                    : "for " + s.hidden().displayName() + " · " + s.optimizer().displayName() + ", all else the same";
        }, controls.model().sessionProperty()));
        return note;
    }

    /** The progress while training, and what the tab did last, in red when it is a problem. */
    private HBox status() {
        ProgressBar progress = new ProgressBar();
        progress.setId("train-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMinWidth(Region.USE_PREF_SIZE);
        progress.setPrefWidth(160);
        Label status = new Label();
        status.setId("curves-status");
        status.getStyleClass().add("curves-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.failedProperty().addListener((obs, old, now) -> status.pseudoClassStateChanged(PseudoClass.getPseudoClass("problem"), now));
        HBox line = new HBox(10, progress, status);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /**
     * Under the chart: each curve's lowest losses and how far it got, in a fold of a fixed height that
     * scrolls, so the chart keeps its height when the table fills. Folded (by a click on its heading, or
     * by itself when the tab is too short for it and the chart), its heading alone.
     */
    private VBox summaryFold() {
        model.curvesProperty().addListener((obs, old, now) -> showSummary());
        display.decimalsProperty().addListener((obs, old, now) -> showSummary());
        summary.setId("curves-summary");
        summary.getStyleClass().add("curves-summary");
        summary.setHgap(18);
        ScrollPane rows = new ScrollPane(summary);
        rows.setId("curves-summary-scroll");
        rows.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(() -> summaryLines() * LINE_EMS * display.textSizeProperty().get(),
                heightProperty(), display.textSizeProperty()));
        rows.minViewportHeightProperty().bind(rows.prefViewportHeightProperty());
        PanelLayout layout = display.layout();
        rows.visibleProperty().bind(layout.tableOpenProperty());
        rows.managedProperty().bind(rows.visibleProperty());
        Button fold = Buttons.of("curves-summary-fold", "", "Each curve's lowest training and validation losses, at which epoch, "
                + "and how far it got: click to fold the table away or open it", layout::toggleTable);
        fold.textProperty().bind(Bindings.when(layout.tableOpenProperty()).then("▾ Lowest losses").otherwise("▸ Lowest losses"));
        fold.getStyleClass().add("fold-heading");
        heightProperty().addListener((obs, old, now) -> layout.fitTable(now.doubleValue(), display.textSizeProperty().get()));
        display.textSizeProperty().addListener((obs, old, now) -> layout.fitTable(getHeight(), now.doubleValue()));
        return new VBox(2, fold, rows);
    }

    /**
     * How many lines the table shows: {@link #SUMMARY_LINES}, less the lines the tab lacks of {@link PanelLayout#CURVES_TABLE_EMS}
     * (where the table folds by itself), two at the least: opened by hand on a short tab, it takes its room from itself, not
     * from the chart's plot.
     */
    private double summaryLines() {
        double text = display.textSizeProperty().get(), lacking = PanelLayout.CURVES_TABLE_EMS * text - getHeight();
        return Math.max(2, Math.min(SUMMARY_LINES, Math.floor(SUMMARY_LINES - Math.max(0, lacking) / (LINE_EMS * text))));
    }

    /** The chart's toggles and the exports (Export chart… asks the size, so no field takes the chart's room). */
    private FlowPane exportBar() {
        CheckBox validation = new CheckBox("Validation (dashed)");
        validation.setId("show-validation");
        controls.tick(validation, s -> s.curves().showValidation(), (b, on) -> b.curves.showValidation = on);
        CheckBox log = new CheckBox("Log scale");
        log.setId("log-scale");
        log.setTooltip(new Tooltip("A logarithmic loss axis (a loss of exactly 0 cannot be drawn on it)"));
        controls.tick(log, s -> s.curves().logScale(), (b, on) -> b.curves.logScale = on);
        CheckBox markers = new CheckBox("Markers");
        markers.setId("show-markers");
        markers.setTooltip(new Tooltip("A shape every few points that names each training line without colour; off: plain lines"));
        controls.tick(markers, s -> s.curves().markers(), (b, on) -> b.curves.markers = on);
        Button png = Buttons.of("export-png", "Export chart…", "Save the chart as shown, at a size you choose, for slides: PNG, or SVG "
                + "or PDF (sharp at any size) by the file's ending (Ctrl + E)", this::exportPng);
        png.disableProperty().bind(model.runProperty().isNull().or(model.runningProperty()).or(model.drawingProperty()));
        Button copyChart = Buttons.of("copy-chart", "Copy chart", "Put the chart on the clipboard at the size last exported, to paste "
                + "into a slide", this::copyChart);
        copyChart.disableProperty().bind(png.disableProperty());
        Button csv = Buttons.of("export-csv", "Export CSV…", "Save one row per epoch and one column per curve", this::exportCsv);
        csv.disableProperty().bind(Bindings.createBooleanBinding(() -> model.curvesProperty().get().isEmpty(),
                model.curvesProperty()).or(model.runningProperty()));
        Button copy = Buttons.of("copy-summary", "Copy table",
                "Copy each curve's lowest losses and the epochs, tab-separated, for the lesson's notes", this::copySummary);
        copy.disableProperty().bind(csv.disableProperty());
        FlowPane options = new FlowPane(14, 6, validation, log, markers, curvesShown(), png, copyChart, csv, copy);
        options.setAlignment(Pos.BOTTOM_LEFT);
        options.getStyleClass().add("curves-toolbar");
        return options;
    }

    /** A menu with a tick per curve of the run on screen: untick to hide it from the chart (as a click on its legend entry does). */
    private MenuButton curvesShown() {
        MenuButton menu = new MenuButton("Curves");
        menu.setId("curves-shown");
        menu.setTooltip(new Tooltip("Hide a curve from the chart, or show it again (or click its entry in the legend)"));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.disableProperty().bind(model.runProperty().isNull());
        InvalidationListener rebuild = o -> {
            CurveRun r = model.runProperty().get();
            List<CheckMenuItem> items = new ArrayList<>();
            for (int c = 0; r != null && c < r.size(); c++) {
                int curve = c;
                CheckMenuItem item = new CheckMenuItem(r.legend(c));
                item.setId("curve-shown-" + c);
                item.setSelected(!model.hiddenCurves().contains(c));
                item.setOnAction(a -> model.toggleHidden(curve));
                items.add(item);
            }
            menu.getItems().setAll(items);
        };
        model.runProperty().addListener(rebuild);
        model.curvesProperty().addListener(rebuild); // a diverged curve's name says so once the run is over
        model.hiddenCurves().addListener(rebuild);
        return menu;
    }

    private void showSummary() {
        var rows = CurveTable.summary(model.curvesProperty().get());
        summary.getChildren().clear();
        if (rows.isEmpty()) {
            summary.add(new Label("No curves yet: press Train (Ctrl + T)."), 0, 0);
            return;
        }
        String[] head = {"curve", "lowest training loss", "at epoch", "lowest validation loss", "at epoch", "epochs"};
        for (int c = 0; c < head.length; c++) {
            Label l = new Label(head[c]);
            l.getStyleClass().add("summary-head");
            summary.add(l, c, 0);
        }
        var d = display.decimals();
        for (int r = 0; r < rows.size(); r++) {
            CurveTable.Summary s = rows.get(r);
            String[] cells = {s.curve(), d.format(s.minTraining()), s.atEpochCell(), d.format(s.minValidation()), s.atValidationEpochCell(),
                s.epochs() + (s.diverged() ? " (diverged)" : "")};
            for (int c = 0; c < cells.length; c++) summary.add(new Label(cells[c]), c, r + 1);
        }
    }

    /** Copies the chart as shown, at the size last exported, as an image. */
    private void copyChart() {
        int w = exportWidth, h = exportHeight;
        model.chartImage(w, h, style.get(), image -> {
            var content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(image, null));
            Clipboard.getSystemClipboard().setContent(content);
            model.say("Copied the chart (" + w + " × " + h + "): paste it into a slide.");
        });
    }

    /** Copies the summary as tab-separated text, numbers as shown. */
    private void copySummary() {
        var content = new ClipboardContent();
        content.putString(CurveTable.summaryText(CurveTable.summary(model.curvesProperty().get()), display.decimals()::format));
        Clipboard.getSystemClipboard().setContent(content);
        model.say("Copied the table: paste it into a spreadsheet or the lesson's notes.");
    }

    /** Starts training the session's current setup (Train, Ctrl + T). */
    public void train() {
        model.train();
    }

    /** The chart on screen. */
    public ChartPane chart() {
        return chart;
    }

    /** Asks for a size and a file and saves the chart there, as PNG, SVG or PDF by its ending (Export chart…, Ctrl + E). */
    public void exportPng() {
        if (model.runProperty().get() == null || model.runningProperty().get() || model.drawingProperty().get()) return;
        Window owner = getScene() == null ? null : getScene().getWindow();
        PictureSizeDialog.ask("Export the chart", owner, exportWidth, exportHeight).ifPresent(size -> {
            exportWidth = size[0];
            exportHeight = size[1];
            files.save("Export the chart: PNG, or .svg / .pdf for vector graphics", "PNG image (or name it .svg or .pdf)", "loss-curves.png",
                            owner)
                    .ifPresent(path -> model.exportChart(path, size[0], size[1], style.get()));
        });
    }

    public void exportCsv() {
        if (model.curvesProperty().get().isEmpty()) return;
        files.save("Export the curves as CSV", "CSV table", "loss-curves.csv", getScene() == null ? null : getScene().getWindow())
                .ifPresent(model::exportCsv);
    }
}

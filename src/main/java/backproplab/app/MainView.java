package backproplab.app;

import backproplab.app.curves.CurvePlanSource;
import backproplab.app.curves.CurvesModel;
import backproplab.app.curves.CurvesView;
import backproplab.app.curves.FileAsker;
import backproplab.app.panels.ActivationPanel;
import backproplab.app.panels.NetworkPanel;
import backproplab.app.panels.OptimizerPanel;
import backproplab.curves.CurveRunner;
import backproplab.curves.CurveSpec;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;
import backproplab.walkthrough.LessonSetup;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import backproplab.app.stepping.FormulaView;
import backproplab.app.stepping.LessonModel;
import backproplab.app.stepping.NetworkView;
import backproplab.app.stepping.StepControls;
import backproplab.app.stepping.StepStrip;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The window's layout: network and data on the left, the network in the centre with the
 * formula, the controls and the step strip under it, the choices on the right. Also the
 * keyboard: → / Space step, ← back, Shift+→ end of phase, Enter whole example, N next example,
 * R reset, P play/pause (ignored while typing in a field); Ctrl + Z undoes a change of setup or a
 * reset; Ctrl + T trains the loss curves, Esc cancels, Ctrl + E exports the chart; Ctrl + / Ctrl −
 * change the text size.
 */
public final class MainView extends BorderPane {
    private static final double MIN_ZOOM = 1, MAX_ZOOM = 6;

    private final LessonModel model;
    private final DisplaySettings display;
    private final NetworkPanel networkPanel;
    private final ActivationPanel activations;
    private final OptimizerPanel optimizers;
    private final CurvesView curvesView;
    private final CurvesModel curves;
    private final TabPane tabs = new TabPane();
    private final NetworkView network;
    private final ScrollPane networkScroll;
    private double zoom = 1;

    public MainView(LessonModel model, CurvesModel curves, DisplaySettings display, FileAsker files) {
        this.model = model;
        getStyleClass().add("main-view");
        network = new NetworkView(model, display);
        networkScroll = new ScrollPane(network);
        networkScroll.setId("network-scroll");
        networkScroll.setPannable(true);
        networkScroll.setFocusTraversable(false);
        networkScroll.getStyleClass().add("network-scroll");
        networkScroll.viewportBoundsProperty().addListener((obs, old, now) -> resizeNetwork());
        networkScroll.addEventFilter(ScrollEvent.SCROLL, this::zoomOnCtrlScroll);

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            var w = model.walkthrough();
            if (w == null) return "";
            return "Step " + (model.index() + 1) + " of " + w.size() + " · " + w.phaseTitle(model.index());
        }, model.indexProperty(), model.walkthroughProperty()));

        VBox bottom = new VBox(new FormulaView(model, display), new StepControls(model), status, new StepStrip(model));
        bottom.getStyleClass().add("bottom-area");
        BorderPane stepping = new BorderPane(networkScroll);
        stepping.setBottom(bottom);

        networkPanel = new NetworkPanel(model, display, this::applySetup);
        activations = new ActivationPanel(this::applySetup);
        optimizers = new OptimizerPanel(this::applySetup);
        model.setupProperty().addListener((obs, old, now) -> showSetup(now));
        showSetup(model.setup());
        curvesView = new CurvesView(curves, new PanelPlan(), display, files);
        this.curves = curves;

        Tab steppingTab = new Tab("Step through", stepping);
        steppingTab.setId("tab-stepping");
        Tab curvesTab = new Tab("Loss curves", curvesView);
        curvesTab.setId("tab-curves");
        tabs.getTabs().setAll(steppingTab, curvesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setFocusTraversable(false);
        networkPanel.enableApplyWhen(allValid());
        network.setFocusTraversable(true);
        network.setOnMousePressed(e -> network.requestFocus()); // clicking the network gives the keys back to stepping
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) javafx.application.Platform.runLater(network::requestFocus);
        });
        setTop(new DisplayBar(display));
        setCenter(tabs);
        setLeft(scrolling(networkPanel));
        VBox right = new VBox(activations, optimizers);
        ScrollPane rightScroll = scrolling(right);
        rightScroll.getStyleClass().add("right-scroll");
        setRight(rightScroll);
        styleProperty().bind(Bindings.format("-fx-font-size: %dpx;", display.textSizeProperty()));
        this.display = display;
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        });
    }

    public NetworkView networkView() {
        return network;
    }

    public CurvesView curvesView() {
        return curvesView;
    }

    private BooleanBinding allValid() {
        return networkPanel.validProperty().and(activations.validProperty()).and(optimizers.validProperty());
    }

    /** Applies every panel's valid choices to the stepping lesson, which restarts if they changed. */
    private void applySetup() {
        if (!networkPanel.validProperty().get() || !activations.validProperty().get() || !optimizers.validProperty().get()) {
            return; // nothing is applied until every field is valid
        }
        LessonSetup now = model.setup();
        LessonSetup next = optimizers.applyTo(activations.applyTo(networkPanel.applyTo(now)));
        if (!next.equals(now)) model.load(next);
    }

    private void showSetup(LessonSetup s) {
        activations.show(s);
        optimizers.show(s);
    }

    /** The ticked activations × optimizers with the panels' settings, for the loss curves. */
    private final class PanelPlan implements CurvePlanSource {
        private final BooleanBinding ready = networkPanel.validProperty().and(activations.validProperty())
                .and(optimizers.validProperty()).and(activations.anyCompared()).and(optimizers.anyCompared());
        private final StringBinding reason = Bindings.createStringBinding(() -> {
            if (!networkPanel.validProperty().get() || !activations.validProperty().get() || !optimizers.validProperty().get()) {
                return "Fix the fields marked in red first.";
            }
            if (!activations.anyCompared().get()) return "Tick at least one activation to compare.";
            if (!optimizers.anyCompared().get()) return "Tick at least one optimizer to compare.";
            return "";
        }, ready);

        @Override
        public CurveRunner.Plan plan() {
            LessonSetup base = optimizers.applyTo(activations.applyTo(networkPanel.applyTo(model.setup())));
            List<CurveSpec> specs = new ArrayList<>();
            for (Activation a : activations.compared()) {
                for (OptimizerSettings o : optimizers.compared()) specs.add(new CurveSpec(a, o));
            }
            return new CurveRunner.Plan(base, specs, networkPanel.epochs(), networkPanel.batchSize());
        }

        @Override
        public Preprocessor.Kind preprocessing() {
            return networkPanel.preprocessing();
        }

        @Override
        public ObservableBooleanValue ready() {
            return ready;
        }

        @Override
        public ObservableStringValue notReadyReason() {
            return reason;
        }
    }

    private static ScrollPane scrolling(VBox panel) {
        ScrollPane s = new ScrollPane(panel);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.getStyleClass().add("side-scroll");
        return s;
    }

    private void resizeNetwork() {
        var view = networkScroll.getViewportBounds();
        network.setPrefSize(view.getWidth() * zoom, view.getHeight() * zoom);
        network.setMinSize(view.getWidth() * zoom, view.getHeight() * zoom);
    }

    private void zoomOnCtrlScroll(ScrollEvent e) {
        if (!e.isControlDown() || e.getDeltaY() == 0) return;
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * (e.getDeltaY() > 0 ? 1.25 : 0.8)));
        resizeNetwork();
        e.consume();
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD)) {
            display.stepTextSize(1);
            e.consume();
            return;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            display.stepTextSize(-1);
            e.consume();
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.T) {
            tabs.getSelectionModel().select(1);
            curvesView.train();
            e.consume();
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.E) {
            curvesView.exportPng();
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && curves.runningProperty().get()) {
            curves.cancel();
            e.consume();
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !isTyping(e)) {
            model.undo();
            e.consume();
            return;
        }
        if (e.getTarget() instanceof TextInputControl || isTyping(e)) return;
        if (tabs.getSelectionModel().getSelectedIndex() != 0) return; // the stepping keys belong to the stepping tab
        boolean handled = true;
        KeyCode code = e.getCode();
        if (code == KeyCode.RIGHT && e.isShiftDown()) model.runToEndOfPhase();
        else if (code == KeyCode.RIGHT || code == KeyCode.SPACE) model.stepForward();
        else if (code == KeyCode.LEFT) model.stepBack();
        else if (code == KeyCode.ENTER) model.runWholeExample();
        else if (code == KeyCode.N) model.nextExample();
        else if (code == KeyCode.R) model.reset();
        else if (code == KeyCode.P) model.togglePlay();
        else handled = false;
        if (handled) e.consume();
    }

    /** While a text field or spinner has focus, letters, arrows and Space are the person's typing. */
    private boolean isTyping(KeyEvent e) {
        Scene scene = getScene();
        return scene != null && (scene.getFocusOwner() instanceof TextInputControl
                || scene.getFocusOwner() instanceof javafx.scene.control.Spinner);
    }
}

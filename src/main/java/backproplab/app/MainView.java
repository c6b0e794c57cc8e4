package backproplab.app;

import backproplab.app.panels.ChoicePanel;
import backproplab.app.panels.NetworkPanel;
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
 * reset; Ctrl + / Ctrl − change the text size.
 */
public final class MainView extends BorderPane {
    private static final double MIN_ZOOM = 1, MAX_ZOOM = 6;

    private final LessonModel model;
    private final DisplaySettings display;
    private final NetworkView network;
    private final ScrollPane networkScroll;
    private double zoom = 1;

    public MainView(LessonModel model, DisplaySettings display) {
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
        BorderPane centre = new BorderPane(networkScroll);
        centre.setBottom(bottom);
        setCenter(centre);
        setLeft(scrolling(new NetworkPanel(model, display)));
        setRight(scrolling(new ChoicePanel(model)));
        styleProperty().bind(Bindings.format("-fx-font-size: %dpx;", display.textSizeProperty()));
        this.display = display;
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        });
    }

    public NetworkView networkView() {
        return network;
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
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !isTyping(e)) {
            model.undo();
            e.consume();
            return;
        }
        if (e.getTarget() instanceof TextInputControl || isTyping(e)) return;
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

    private boolean isTyping(KeyEvent e) {
        Scene scene = getScene();
        return scene != null && (scene.getFocusOwner() instanceof TextInputControl
                || scene.getFocusOwner() instanceof javafx.scene.control.ComboBoxBase
                || scene.getFocusOwner() instanceof javafx.scene.control.Spinner);
    }
}

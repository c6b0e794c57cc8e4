package backproplab.app.stepping;

import backproplab.app.DisplaySettings;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The stepping tab: the network (zoomable with Ctrl + scroll), and under it the formula, the
 * controls, the status line and the step strip.
 */
public final class SteppingPane extends BorderPane {
    private static final double MIN_ZOOM = 1, MAX_ZOOM = 6;

    private final NetworkView network;
    private final ScrollPane scroll;
    private double zoom = 1;

    private final StoryModel story;
    /** Covers the network while the class asks questions (B); the lesson underneath is untouched. */
    private final Label blank = new Label("Paused for questions — press B to go on");

    public SteppingPane(LessonModel model, DisplaySettings display, Runnable exportWalkthrough) {
        story = new StoryModel(model);
        network = new NetworkView(model, story, display);
        network.setFocusTraversable(true);
        network.setOnMousePressed(e -> network.requestFocus()); // clicking the network gives the keys back to stepping
        blank.setId("blank");
        blank.getStyleClass().add("blank-screen");
        blank.setVisible(false);
        blank.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        scroll = new ScrollPane(network);
        scroll.setId("network-scroll");
        scroll.setPannable(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("network-scroll");
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> resizeNetwork());
        scroll.addEventFilter(ScrollEvent.SCROLL, this::zoomOnCtrlScroll);

        Label status = new Label();
        status.setId("status");
        status.getStyleClass().add("status");
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            var w = model.walkthrough();
            return w == null ? "" : "Step " + (model.index() + 1) + " of " + w.size() + " · " + w.phaseTitle(model.index());
        }, model.indexProperty(), model.walkthroughProperty()));

        Label warning = new Label("The numbers overflowed in this example (NaN or ∞): the learning rate is too large for "
                + "this network. Reset (R) or undo (Ctrl + Z), then choose a smaller α.");
        warning.setId("overflow-warning");
        warning.getStyleClass().add("overflow-warning");
        warning.setWrapText(true);
        warning.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.walkthrough() != null && model.walkthrough().overflowed(), model.walkthroughProperty()));
        warning.managedProperty().bind(warning.visibleProperty());

        FormulaView formula = new FormulaView(model, display);
        StoryView storyView = new StoryView(story, model, display);
        storyView.visibleProperty().bind(story.parameterProperty().isNotNull());
        storyView.managedProperty().bind(storyView.visibleProperty());
        formula.visibleProperty().bind(story.parameterProperty().isNull());
        formula.managedProperty().bind(formula.visibleProperty());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        formula.inset().setMinWidth(0);
        javafx.scene.layout.HBox statusLine = new javafx.scene.layout.HBox(12, status, gap, formula.inset());
        statusLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox bottom = new VBox(warning, formula, storyView, new StepControls(model, exportWalkthrough), statusLine, new StepStrip(model));
        bottom.getStyleClass().add("bottom-area");
        setCenter(new javafx.scene.layout.StackPane(scroll, blank));
        setBottom(bottom);
    }

    /** Blanks the network or shows it again (B, for a pause to take questions). */
    public void toggleBlank() {
        blank.setVisible(!blank.isVisible());
    }

    /** "Why this gradient?": the error-sharing story on screen, if any. */
    public StoryModel story() {
        return story;
    }

    public NetworkView networkView() {
        return network;
    }

    private void resizeNetwork() {
        var view = scroll.getViewportBounds();
        network.setPrefSize(view.getWidth() * zoom, view.getHeight() * zoom);
        network.setMinSize(view.getWidth() * zoom, view.getHeight() * zoom);
    }

    private void zoomOnCtrlScroll(ScrollEvent e) {
        if (!e.isControlDown() || e.getDeltaY() == 0) return;
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * (e.getDeltaY() > 0 ? 1.25 : 0.8)));
        resizeNetwork();
        e.consume();
    }
}

package backproplab.app.stepping;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/**
 * The network in a pannable scroll pane. Ctrl + scroll zooms toward the pointer (the point under it stays
 * under it); the focus zoom (F) magnifies the network around the current unit and keeps that unit in the
 * middle as the steps go. A network too dense to show its values at the view's size is stretched in height
 * instead, until they show: doubling its text with it would leave them hidden. A button (and Ctrl + 0) gives
 * the whole network back, and a network of another shape starts whole.
 */
final class NetworkViewport {
    /** The focus zoom's magnification of everything drawn (units, values, weights), for the back row. */
    static final double FOCUS_ZOOM = 2;
    private static final double MIN_ZOOM = 1, MAX_ZOOM = 6;

    private final NetworkView network;
    /** Holds the network; in focus zoom, half a view of margin all round lets any unit be centred. */
    private final StackPane holder;
    private final ScrollPane scroll;
    /** The Ctrl + scroll zoom: the network laid out at the view's size times this. */
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    /** F: the network magnified and kept centred on the current unit as the steps go. */
    private final BooleanProperty focusZoom = new SimpleBooleanProperty(this, "focusZoom", false);
    private final Button whole = new Button("Whole network");

    NetworkViewport(LessonModel model, NetworkView network, DisplaySettings display) {
        this.network = network;
        holder = new StackPane(network);
        scroll = new ScrollPane(holder);
        scroll.setId("network-scroll");
        scroll.setPannable(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("network-scroll");
        scroll.widthProperty().addListener((obs, old, now) -> fitAndCentre());
        scroll.heightProperty().addListener((obs, old, now) -> fitAndCentre());
        focusZoom.addListener((obs, was, on) -> fitAndCentre());
        zoom.addListener((obs, old, now) -> fitAndCentre());
        display.textSizeProperty().addListener((obs, old, now) -> fitAndCentre()); // the values need more room at larger text
        model.currentStepProperty().addListener((obs, old, now) -> centreOnFocusLater());
        network.focusPointProperty().addListener((obs, old, now) -> centreOnFocusLater()); // the values shown moved the units
        model.walkthroughProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !Arrays.equals(old.layers(), now.layers())) {
                zoom.set(MIN_ZOOM); // another network: the whole of it, not a corner of the old zoom
            }
        });
        scroll.addEventFilter(ScrollEvent.SCROLL, this::zoomOnCtrlScroll);
        whole.setId("zoom-reset");
        whole.getStyleClass().add("zoom-reset");
        whole.setFocusTraversable(false);
        whole.setTooltip(new Tooltip("Back to the whole network: no zoom, no focus zoom (Ctrl + 0)"));
        whole.visibleProperty().bind(zoom.greaterThan(MIN_ZOOM).or(focusZoom));
        whole.setOnAction(e -> wholeNetwork());
    }

    ScrollPane node() {
        return scroll;
    }

    /** Shown while the network is zoomed in either way: gives the whole network back. */
    Button wholeButton() {
        return whole;
    }

    BooleanProperty focusZoomProperty() {
        return focusZoom;
    }

    /** No zoom and no focus zoom: the network fits the view again. */
    void wholeNetwork() {
        focusZoom.set(false);
        zoom.set(MIN_ZOOM);
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    private void fitAndCentre() {
        fit();
        centreOnFocusLater();
    }

    /**
     * Lays the network out at the view's size × the zoom. In focus zoom it is drawn magnified about its centre, or,
     * where its values would not show at that size, stretched in height until they do; the holder takes the drawn
     * size plus half a view all round.
     */
    private void fit() {
        // The pane's inside, scroll bars or not: the bars a zoom brings must not change the size it lays the network out at.
        double viewWidth = scroll.getWidth() - scroll.snappedLeftInset() - scroll.snappedRightInset();
        double viewHeight = scroll.getHeight() - scroll.snappedTopInset() - scroll.snappedBottomInset();
        double w = viewWidth * zoom.get(), h = viewHeight * zoom.get();
        boolean focus = focusZoom.get();
        boolean dense = focus && h < network.readableHeight();
        if (dense) h = Math.max(network.readableHeight(), h * FOCUS_ZOOM);
        double magnified = focus && !dense ? FOCUS_ZOOM : 1;
        network.setScaleX(magnified);
        network.setScaleY(magnified);
        network.setMinSize(w, h);
        network.setPrefSize(w, h);
        network.setMaxSize(w, h);
        double width = w * magnified + (focus ? viewWidth : 0), height = h * magnified + (focus ? viewHeight : 0);
        holder.setMinSize(width, height);
        holder.setPrefSize(width, height);
        holder.setMaxSize(width, height);
    }

    private void centreOnFocusLater() {
        if (focusZoom.get()) Platform.runLater(this::centreOnFocus);
    }

    /** Scrolls so that the current unit is in the middle of the view, as far as the network's edges allow. */
    private void centreOnFocus() {
        if (!focusZoom.get()) return;
        scroll.applyCss();
        scroll.layout();
        network.focusCentre().ifPresent(p -> {
            var view = scroll.getViewportBounds();
            var inHolder = holder.sceneToLocal(network.localToScene(p));
            scroll.setHvalue(fraction(inHolder.getX() - view.getWidth() / 2, holder.getWidth(), view.getWidth()));
            scroll.setVvalue(fraction(inHolder.getY() - view.getHeight() / 2, holder.getHeight(), view.getHeight()));
        });
    }

    /**
     * Ctrl + scroll: zooms in or out by a quarter toward the pointer. The network is laid out anew at each size
     * (its labels keep their size), so it is the unit nearest the pointer that stays where it was in the view.
     */
    private void zoomOnCtrlScroll(ScrollEvent e) {
        if (!e.isControlDown() || e.getDeltaY() == 0) return;
        e.consume();
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * (e.getDeltaY() > 0 ? 1.25 : 0.8)));
        if (next == zoom.get()) return;
        Circle anchor = network.unitNearest(network.sceneToLocal(e.getSceneX(), e.getSceneY()));
        Bounds view = scroll.getViewportBounds();
        Point2D before = centreInHolder(anchor);
        // where the unit is in the view: its place in the holder less the part scrolled past
        double inViewX = before.getX() - scroll.getHvalue() * Math.max(0, holder.getWidth() - view.getWidth());
        double inViewY = before.getY() - scroll.getVvalue() * Math.max(0, holder.getHeight() - view.getHeight());
        zoom.set(next);
        scroll.applyCss();
        scroll.layout(); // the scroll pane keeps its own idea of the place when its content grows: set ours after it
        Point2D after = centreInHolder(anchor);
        view = scroll.getViewportBounds(); // narrower now if the zoom brought scroll bars
        scroll.setHvalue(fraction(after.getX() - inViewX, holder.getWidth(), view.getWidth()));
        scroll.setVvalue(fraction(after.getY() - inViewY, holder.getHeight(), view.getHeight()));
    }

    private Point2D centreInHolder(Circle unit) {
        return holder.sceneToLocal(unit.localToScene(unit.getCenterX(), unit.getCenterY()));
    }

    /** The scroll value that puts {@code offset} px of content of size {@code content} left of (or above) a view of size {@code view}. */
    private static double fraction(double offset, double content, double view) {
        return content <= view ? 0 : Math.max(0, Math.min(1, offset / (content - view)));
    }
}

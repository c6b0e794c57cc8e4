package backproplab.app.curves;

import backproplab.app.curves.ChartPainter.Frame;
import backproplab.app.curves.ChartPainter.Request;
import backproplab.chart.ChartStyle;
import backproplab.chart.PlotArea;
import backproplab.curves.CurveRun;
import backproplab.walkthrough.Decimals;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The loss chart on screen. Its pictures are painted off the FX thread ({@link ChartPainter}) at the
 * pane's size. While a run trains, a new frame is asked for at most once per pulse (the display's
 * pace) and only when the painter is free: no sooner than {@value #FRAME_MS} ms after the last was
 * asked for, nor than twice the time it took, so the painter takes at most half a core from the
 * training and the window never waits for the chart. Hovering names the nearest point: its curve,
 * training or validation, epoch and loss. A click on a curve's legend entry hides it or shows it again.
 */
public final class ChartPane extends Region {
    /** The shortest time between two frames while curves grow (10 frames a second at most). */
    static final long FRAME_MS = 100;
    /** What a point of each line is, said under the hover's numbers (with the L2 term when λ > 0). */
    static final String TRAINING_POINT = "the mean over the epoch's examples, each measured in its batch before that batch's update",
            VALIDATION_POINT = "the mean over the held-out examples, measured after the epoch",
            START_POINT = "at the starting weights, before any update: the mean over the ",
            WITH_L2 = ", with the L2 term (λ/2)·ΣW²";

    /** How near (px) the pointer must be to a point for the hover to name it. */
    private static final double REACH = 12;

    private final ObservableValue<CurveRun> run;
    private final ObservableValue<ChartStyle> style;
    private final ObservableValue<Decimals> decimals;
    private final IntConsumer legendClicked;
    private final ImageView picture = new ImageView();
    private final ChartPainter painter;
    private final Tooltip tip = new Tooltip();
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper upToDate = new ReadOnlyBooleanWrapper();
    private final AnimationTimer growing = new AnimationTimer() {
        @Override public void handle(long now) {
            grow(now);
        }
    };
    private Request asked;
    /** When the last frame was asked for, and how long the last one took to reach the screen (ns). */
    private long askedAt, paintTime;
    private Frame shown;

    /**
     * @param run      the run to show (null: none yet)
     * @param style    how it looks
     * @param decimals how the hover writes a loss
     * @param failed   told why a frame could not be painted
     * @param legendClicked told the curve whose legend entry was clicked
     */
    public ChartPane(ObservableValue<CurveRun> run, ObservableValue<ChartStyle> style, ObservableValue<Decimals> decimals,
                     Consumer<String> failed, IntConsumer legendClicked) {
        this.run = run;
        this.style = style;
        this.decimals = decimals;
        this.legendClicked = legendClicked;
        this.painter = new ChartPainter(this::show, failed);
        getStyleClass().add("loss-chart");
        picture.setManaged(false);
        getChildren().add(picture);
        run.addListener((obs, old, now) -> repaint());
        style.addListener((obs, old, now) -> repaint());
        setOnMouseMoved(this::hover);
        setOnMouseExited(e -> hover(null));
        setOnMouseClicked(e -> {
            int c = plotArea() == null || !e.isStillSincePress() ? -1 : plotArea().legendCurveAt(e.getX(), e.getY());
            if (c >= 0) legendClicked.accept(c);
        });
        repaint();
    }

    /** The hover's text now (the point under the pointer), or null. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /**
     * True when the picture on screen shows the run, style and size asked for last and, if the run
     * is over, every epoch of it.
     */
    public ReadOnlyBooleanProperty upToDateProperty() {
        return upToDate.getReadOnlyProperty();
    }

    /** The picture on screen, or null before the first. */
    public Image picture() {
        return picture.getImage();
    }

    /** Where the plot is in the picture on screen (pane coordinates), or null before the first picture. */
    public PlotArea plotArea() {
        return shown == null ? null : shown.area();
    }

    @Override
    protected void layoutChildren() {
        picture.relocate(0, 0);
        if (asked == null || asked.width() != getWidth() || asked.height() != getHeight()) repaint();
    }

    /** Asks for a frame of what should be on screen now, and keeps asking while the run grows. */
    private void repaint() {
        CurveRun r = run.getValue();
        upToDate.set(false);
        if (r == null || getWidth() < 1 || getHeight() < 1) {
            if (r == null) picture.setImage(null);
            return;
        }
        double scale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
        asked = new Request(r, style.getValue(), getWidth(), getHeight(), scale);
        askedAt = System.nanoTime();
        painter.paint(asked);
        growing.start();
    }

    /** Each pulse while a run grows: a new frame when there is more to show and the painter is free. */
    private void grow(long now) {
        CurveRun r = asked.run();
        if (shown != null && shown.request() == asked && shown.over()) {
            growing.stop();
            return;
        }
        if (painter.busy() || now - askedAt < Math.max(FRAME_MS * 1_000_000, 2 * paintTime)) return;
        boolean more = shown == null || shown.request() != asked || r.isOver() != shown.over() || r.points() != shown.points();
        if (more) {
            asked = new Request(r, asked.style(), asked.width(), asked.height(), asked.scale());
            askedAt = now;
            painter.paint(asked);
        }
    }

    private void show(Frame frame) {
        if (frame.request().run() != run.getValue()) return; // a frame of a run no longer on screen
        if (frame.request() == asked) paintTime = System.nanoTime() - askedAt;
        shown = frame;
        painter.recycle(picture.getImage());
        picture.setImage(frame.image());
        picture.setFitWidth(frame.request().width());
        picture.setFitHeight(frame.request().height());
        upToDate.set(frame.request() == asked && (frame.over() || !frame.request().run().isOver())
                && frame.points() == frame.request().run().points());
    }

    /** What point {@code p} is: when and over which examples it was measured, and whether it holds the L2 term. */
    public static String pointNote(PlotArea.Point p, double l2) {
        String what = p.epoch() == 0 ? START_POINT + (p.validation() ? "held-out examples" : "training examples")
                : p.validation() ? VALIDATION_POINT : TRAINING_POINT;
        return what + (l2 > 0 ? WITH_L2 : "");
    }

    private void hover(MouseEvent e) {
        PlotArea area = plotArea();
        int entry = e == null || area == null ? -1 : area.legendCurveAt(e.getX(), e.getY());
        setCursor(entry >= 0 ? Cursor.HAND : null);
        if (entry >= 0) {
            CurveRun r = shown.request().run();
            boolean hidden = shown.request().style().hidden().contains(entry);
            say(r.legend(entry) + ": click to " + (hidden ? "show it again" : "hide it (its legend entry stays, in grey)"), e);
            return;
        }
        PlotArea.Point p = e == null || area == null ? null
                : area.nearest(shown.request().run(), e.getX(), e.getY(), shown.request().style().showValidation(),
                        shown.request().style().hidden(), REACH);
        if (p == null) {
            hoverText.set(null);
            tip.hide();
            return;
        }
        CurveRun r = shown.request().run();
        say(r.legend(p.curve()) + " · " + (p.validation() ? "validation" : "training") + ": epoch " + p.epoch()
                + ", loss " + decimals.getValue().format(p.loss()) + "\n" + pointNote(p, r.l2()), e);
    }

    /** Shows {@code text} beside the pointer. */
    private void say(String text, MouseEvent e) {
        hoverText.set(text);
        tip.setText(text);
        tip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
    }
}

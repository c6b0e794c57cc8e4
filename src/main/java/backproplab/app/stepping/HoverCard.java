package backproplab.app.stepping;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** A small card of numbers that appears next to the mouse over a unit or an edge. */
final class HoverCard {
    /** Between the pointer and the card, in px. */
    private static final double GAP = 16;

    private final Label card = new Label();

    HoverCard() {
        card.getStyleClass().add("hover-card");
        card.setManaged(false);
        card.setVisible(false);
        card.setMouseTransparent(true);
        card.setWrapText(true); // an explanation (a saturated or dead unit) wraps rather than spanning the network
    }

    Label node() {
        return card;
    }

    /**
     * Shows {@code text} near (x, y) in {@code parent}'s coordinates, kept inside it: below and right of the pointer, or
     * in the first other corner around it that covers none of {@code keepClear} (the unit in focus, its values, the
     * key); failing those, in a corner of {@code parent} clear of them and of the pointer; failing all, where it covers
     * least.
     */
    void show(String text, double x, double y, Region parent, List<Bounds> keepClear) {
        card.setText(text);
        card.setMaxWidth(Math.max(240, parent.getWidth() * 0.7));
        card.applyCss(); // its size at the window's text size, not the default's
        card.autosize();
        Bounds drawn = card.getBoundsInLocal(); // with its shadow
        double w = drawn.getWidth(), h = drawn.getHeight(), right = parent.getWidth() - w - 4, bottom = parent.getHeight() - h - 4;
        List<Bounds> clear = new ArrayList<>(keepClear);
        clear.add(new BoundingBox(x - GAP, y - GAP, 2 * GAP, 2 * GAP)); // the pointer and what it points at
        double[][] places = {{x + GAP, y + GAP}, {x - GAP - w, y + GAP}, {x + GAP, y - GAP - h}, {x - GAP - w, y - GAP - h},
            {4, bottom}, {right, bottom}, {4, 4}, {right, 4}};
        Point2D best = null;
        double least = Double.MAX_VALUE;
        for (double[] place : places) {
            double left = Math.max(4, Math.min(place[0], right)), top = Math.max(4, Math.min(place[1], bottom));
            double covered = 0;
            for (Bounds b : clear) covered += overlap(b, left, top, w, h);
            if (covered < least) {
                least = covered;
                best = new Point2D(left, top);
            }
            if (covered == 0) break;
        }
        card.relocate(best.getX() - drawn.getMinX(), best.getY() - drawn.getMinY());
        card.setVisible(true);
        card.toFront();
    }

    /** The area {@code b} shares with the rectangle at (left, top) of size w × h. */
    private static double overlap(Bounds b, double left, double top, double w, double h) {
        double across = Math.min(b.getMaxX(), left + w) - Math.max(b.getMinX(), left);
        double down = Math.min(b.getMaxY(), top + h) - Math.max(b.getMinY(), top);
        return across > 0 && down > 0 ? across * down : 0;
    }

    /** Puts {@code text} in the open card where it is (the step moved on under a still pointer); a hidden card stays hidden. */
    void update(String text) {
        if (!card.isVisible() || text.equals(card.getText())) return;
        card.setText(text);
        card.autosize();
    }

    void hide() {
        card.setVisible(false);
    }

    String text() {
        return card.isVisible() ? card.getText() : null;
    }
}

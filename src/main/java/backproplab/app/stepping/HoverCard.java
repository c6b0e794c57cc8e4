package backproplab.app.stepping;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** A small card of numbers that appears next to the mouse over a unit or an edge. */
final class HoverCard {
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

    /** Shows {@code text} near (x, y) in {@code parent}'s coordinates, kept inside it. */
    void show(String text, double x, double y, Region parent) {
        card.setText(text);
        card.setMaxWidth(Math.max(240, parent.getWidth() * 0.7));
        card.autosize();
        double left = Math.min(x + 16, parent.getWidth() - card.getWidth() - 4);
        double top = Math.min(y + 16, parent.getHeight() - card.getHeight() - 4);
        card.relocate(Math.max(4, left), Math.max(4, top));
        card.setVisible(true);
        card.toFront();
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

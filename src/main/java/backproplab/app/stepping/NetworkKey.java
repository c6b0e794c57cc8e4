package backproplab.app.stepping;

import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * The key to the network's picture, a band under the network that takes the formula's room rather than
 * covering a unit or moving one: what an edge's colour and width say, and what the strip's colours say (the true and the corrupt
 * window, the corrupt one also italic over a dashed line). Its swatches are drawn with the network's and
 * the strip's own style classes, so high contrast and black and white change them as they change the
 * picture. K, the View menu or its button in the network's corner ({@link #toggle}) opens and closes it.
 */
final class NetworkKey extends FlowPane {
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");

    NetworkKey(BooleanProperty shown) {
        super(24, 4,
                entry(edge(false, 3), "weight > 0"),
                entry(edge(true, 3), "weight < 0"),
                entry(widths(), "width: |W| (at an update: its step |ΔW|)"),
                entry(cell("phase-forward-true", "z"), "strip: the true window"),
                entry(cell("phase-forward-corrupt", "z"), "strip: the corrupt window"));
        setId("network-key");
        getStyleClass().add("network-key-entries");
        setMinHeight(Region.USE_PREF_SIZE); // wraps to more rows rather than cutting one off
        visibleProperty().bind(shown);
        managedProperty().bind(visibleProperty());
    }

    /** The key's button, for the network's top right corner. */
    static ToggleButton toggle(BooleanProperty shown) {
        ToggleButton open = new ToggleButton("Key");
        open.setId("network-key-toggle");
        open.getStyleClass().add("network-key-toggle");
        open.setTooltip(new Tooltip("What the colours and widths mean (K)"));
        open.selectedProperty().bindBidirectional(shown);
        return open;
    }

    private static HBox entry(Node swatch, String text) {
        Label name = new Label(text);
        name.getStyleClass().add("network-key-text");
        HBox row = new HBox(8, swatch, name);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A short edge, styled as the network's. */
    private static Line edge(boolean negative, double width) {
        Line line = new Line(0, 0, 34, 0);
        line.getStyleClass().add("edge");
        line.pseudoClassStateChanged(NEGATIVE, negative);
        line.setStyle("-fx-stroke-width: " + width + "px;");
        return line;
    }

    /** A thin and a thick edge side by side. */
    private static HBox widths() {
        HBox both = new HBox(4, edge(false, 1), edge(false, 6));
        both.setAlignment(Pos.CENTER_LEFT);
        both.setPrefWidth(Region.USE_COMPUTED_SIZE);
        return both;
    }

    /** A cell of the step strip, styled as the strip's (inside a piece of strip). */
    private static HBox cell(String phase, String text) {
        Label cell = new Label(text);
        cell.getStyleClass().addAll("list-cell", phase, "network-key-cell");
        HBox strip = new HBox(cell);
        strip.getStyleClass().add("step-strip");
        return strip;
    }
}

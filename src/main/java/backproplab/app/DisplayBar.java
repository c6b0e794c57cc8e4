package backproplab.app;

import backproplab.walkthrough.Decimals;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip across the top: the app's name and how numbers and text look (decimals, text size). */
final class DisplayBar extends HBox {
    private final ObjectProperty<Integer> textSizeValue; // held: bidirectional bindings are weak

    DisplayBar(DisplaySettings display) {
        getStyleClass().add("display-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label name = new Label("Backprop Lab");
        name.getStyleClass().add("app-name");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Spinner<Integer> decimals = new Spinner<>(Decimals.MIN, Decimals.MAX, display.decimalPlacesProperty().get());
        decimals.setId("decimals");
        decimals.setEditable(true);
        decimals.getStyleClass().add("small-spinner");
        decimals.setTooltip(new Tooltip("Decimals shown for every number"));
        display.decimalPlacesProperty().bind(decimals.valueProperty());

        Spinner<Integer> textSize = new Spinner<>(DisplaySettings.MIN_TEXT_SIZE, DisplaySettings.MAX_TEXT_SIZE,
                display.textSizeProperty().get(), 2);
        textSize.setId("text-size");
        textSize.setEditable(true);
        textSize.getStyleClass().add("small-spinner");
        textSize.setTooltip(new Tooltip("Text size in px; 20 or more for a projector (Ctrl + / Ctrl −)"));
        textSizeValue = display.textSizeProperty().asObject();
        textSize.getValueFactory().valueProperty().bindBidirectional(textSizeValue);

        getChildren().addAll(name, gap, new Label("Decimals"), decimals, new Label("Text size"), textSize);
    }
}

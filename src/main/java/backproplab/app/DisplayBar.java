package backproplab.app;

import backproplab.app.kit.Choices;
import backproplab.app.session.DisplaySettings;
import backproplab.walkthrough.Decimals;
import java.util.List;
import java.util.stream.IntStream;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip across the top: the File menu, the app's name, what the last save or open did, and
 * how numbers and text look. Decimals and text size are drop-downs over small fixed ranges, so
 * nothing invalid can be typed.
 */
final class DisplayBar extends HBox {
    DisplayBar(DisplaySettings display, List<Menu> menus, FileActions scenarios) {
        getStyleClass().add("display-bar");
        setAlignment(Pos.CENTER_LEFT);
        MenuBar menuBar = new MenuBar(menus.toArray(Menu[]::new));
        menuBar.getStyleClass().add("file-menu-bar");
        Label name = new Label("Backprop Lab");
        name.getStyleClass().add("app-name");
        Label message = new Label();
        message.setId("scenario-message");
        message.getStyleClass().add("scenario-message");
        message.textProperty().bind(scenarios.messageProperty());
        scenarios.problemProperty().addListener((obs, old, now) ->
                message.pseudoClassStateChanged(PseudoClass.getPseudoClass("problem"), now));
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        message.setWrapText(true); // a refusal is read in full: the bar grows a line rather than cutting it
        HBox.setHgrow(message, Priority.ALWAYS);
        List<Node> opening = scenarios.openingIndicator();

        ChoiceBox<Integer> decimals = Choices.of("decimals", IntStream.rangeClosed(Decimals.MIN, Decimals.MAX).boxed().toList(), String::valueOf);
        decimals.setValue(display.decimalPlacesProperty().get());
        decimals.setTooltip(new Tooltip("Decimals shown for every number"));
        decimals.valueProperty().addListener((obs, old, now) -> { if (now != null) display.decimalPlacesProperty().set(now); });
        display.decimalPlacesProperty().addListener((obs, old, now) -> decimals.setValue(now.intValue())); // reset preferences

        ChoiceBox<Integer> textSize = Choices.of("text-size", IntStream.iterate(DisplaySettings.MIN_TEXT_SIZE,
                s -> s <= DisplaySettings.MAX_TEXT_SIZE, s -> s + 2).boxed().toList(), String::valueOf);
        textSize.setValue(display.textSizeProperty().get());
        textSize.setTooltip(new Tooltip("Text size in px; 21 or more for a projector (Ctrl + / Ctrl −)"));
        textSize.valueProperty().addListener((obs, old, now) -> { if (now != null) display.textSizeProperty().set(now); });
        display.textSizeProperty().addListener((obs, old, now) -> textSize.setValue(now.intValue())); // Ctrl + / −

        Label decimalsLabel = new Label("Decimals"), textSizeLabel = new Label("Text size");
        getChildren().addAll(menuBar, name, opening.get(0), message, opening.get(1), decimalsLabel, decimals, textSizeLabel, textSize);
        for (Region fixed : List.of(menuBar, name, (Region) opening.get(1), decimalsLabel, decimals, textSizeLabel, textSize)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE); // only the message gives way
        }
        for (Region extra : List.of(name, decimalsLabel, decimals, textSizeLabel, textSize)) { // the presentation layout: menus and messages only
            extra.visibleProperty().bind(display.layout().presentationProperty().not());
            extra.managedProperty().bind(extra.visibleProperty());
        }
    }
}

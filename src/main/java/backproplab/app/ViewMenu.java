package backproplab.app;

import backproplab.app.session.DisplaySettings;
import backproplab.app.session.PanelLayout;
import backproplab.app.session.Theme;
import backproplab.app.stepping.SteppingPane;
import backproplab.chart.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The View menu: the theme (standard or high contrast) and the palette (colour or black and
 * white), which are the {@link DisplaySettings}' own properties, remembered with the other
 * preferences; then the presenter's focus zoom, blank screen and full screen.
 */
final class ViewMenu {
    private ViewMenu() {}

    static Menu menu(DisplaySettings display, SteppingPane stepping, Supplier<Window> window) {
        Menu menu = new Menu("View");
        menu.setId("view-menu");
        menu.getItems().addAll(choices(display.themeProperty(), Theme.values(), Theme::displayName, "theme-"));
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(choices(display.paletteProperty(), Palette.values(), Palette::displayName, "palette-"));
        menu.getItems().add(new SeparatorMenuItem());
        // The keys are said in the names, not as accelerators: B and F must not fire while a field is typed in.
        CheckMenuItem focus = new CheckMenuItem("Focus zoom: the current unit large and centred   (F)");
        focus.setId("view-focus-zoom");
        focus.selectedProperty().bindBidirectional(stepping.focusZoomProperty());
        MenuItem whole = new MenuItem("Whole network: no zoom, no focus zoom   (Ctrl + 0)");
        whole.setId("view-whole-network");
        whole.setOnAction(e -> stepping.wholeNetwork());
        CheckMenuItem blank = new CheckMenuItem("Blank the network for questions   (B)");
        blank.setId("view-blank");
        blank.selectedProperty().bindBidirectional(stepping.blankedProperty());
        CheckMenuItem key = new CheckMenuItem("Key to the colours and widths   (K)");
        key.setId("view-key");
        key.selectedProperty().bindBidirectional(stepping.keyShownProperty());
        MenuItem fullScreen = new MenuItem("Full screen   (F11)");
        fullScreen.setId("view-full-screen");
        fullScreen.setOnAction(e -> {
            if (window.get() instanceof Stage stage) stage.setFullScreen(!stage.isFullScreen());
        });
        CheckMenuItem quiz = new CheckMenuItem("Quiz: type each number before it is shown   (Q)");
        quiz.setId("view-quiz");
        quiz.selectedProperty().bindBidirectional(stepping.quiz().enabledProperty());
        menu.getItems().addAll(focus, whole, blank, key, fullScreen, new SeparatorMenuItem(), quiz, new SeparatorMenuItem());
        menu.getItems().addAll(layout(display.layout()));
        return menu;
    }

    /** The presentation layout, and each side panel open or folded. */
    private static List<MenuItem> layout(PanelLayout layout) {
        CheckMenuItem presentation = new CheckMenuItem("Presentation layout: the network and the formula only   (F5)");
        presentation.setId("view-presentation");
        presentation.selectedProperty().bindBidirectional(layout.presentationProperty());
        CheckMenuItem left = panel("view-left-panel", "Left panel: network, example, start and loss", layout.leftOpenProperty(), layout::toggleLeft);
        CheckMenuItem right = panel("view-right-panel", "Right panel: activations and optimizer", layout.rightOpenProperty(), layout::toggleRight);
        return List.of(presentation, left, right);
    }

    /** An item ticked while {@code open}; choosing it folds or opens the panel as the person's choice. */
    private static CheckMenuItem panel(String id, String text, ReadOnlyBooleanProperty open, Runnable toggle) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setSelected(open.get());
        item.setOnAction(e -> toggle.run());
        open.addListener((obs, was, now) -> item.setSelected(now));
        return item;
    }

    /** Round menu items for the values of {@code property}, selected as it changes. */
    private static <T extends Enum<T>> List<RadioMenuItem> choices(Property<T> property, T[] values,
                                                                            Function<T, String> name, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = new ArrayList<>();
        for (T value : values) {
            RadioMenuItem item = new RadioMenuItem(name.apply(value));
            item.setId(idPrefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setUserData(value);
            item.setToggleGroup(group);
            item.setSelected(value == property.getValue());
            item.setOnAction(e -> property.setValue(value));
            items.add(item);
        }
        property.addListener((obs, old, now) -> items.forEach(i -> i.setSelected(i.getUserData() == now)));
        return items;
    }
}

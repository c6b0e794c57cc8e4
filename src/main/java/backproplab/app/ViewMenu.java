package backproplab.app;

import backproplab.chart.Palette;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The View menu: the theme (standard or high contrast) and the palette (colour or black and
 * white). The choices are the {@link DisplaySettings}' own properties, remembered with the other
 * preferences; the window, the network and the loss chart follow them.
 */
final class ViewMenu {
    private ViewMenu() {}

    static Menu menu(DisplaySettings display) {
        Menu menu = new Menu("View");
        menu.setId("view-menu");
        menu.getItems().addAll(choices(display.themeProperty(), Theme.values(), Theme::displayName, "theme-"));
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(choices(display.paletteProperty(), Palette.values(), Palette::displayName, "palette-"));
        return menu;
    }

    /** Round menu items for the values of {@code property}, selected as it changes. */
    private static <T extends Enum<T>> java.util.List<RadioMenuItem> choices(Property<T> property, T[] values,
                                                                            Function<T, String> name, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        java.util.List<RadioMenuItem> items = new java.util.ArrayList<>();
        for (T value : values) {
            RadioMenuItem item = new RadioMenuItem(name.apply(value));
            item.setId(idPrefix + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
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

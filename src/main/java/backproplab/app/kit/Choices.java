package backproplab.app.kit;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/**
 * The window's drop-downs. A {@link ChoiceBox}, not a ComboBox: the choices are few and fixed, and a
 * ComboBox keeps a hidden list view of about 30 nodes in the scene, which every start styles and
 * lays out (a quarter of the window's nodes for 8 drop-downs; see docs/performance.md, start-up).
 */
public final class Choices {
    private Choices() {}

    /** A drop-down over {@code items}, each shown as {@code name} says, as wide as its column. */
    public static <T> ChoiceBox<T> of(String id, List<T> items, Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : name.apply(t); }
            @Override public T fromString(String s) { return null; }
        });
        return box;
    }
}

package backproplab.app.kit;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * Buttons as the window makes them: an id for tests and shortcuts, a tooltip that says what it does
 * (and its key), and never narrower than their text, so that a crowded bar wraps instead of reading "Tr…".
 */
public final class Buttons {
    private Buttons() {}

    public static Button of(String id, String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}

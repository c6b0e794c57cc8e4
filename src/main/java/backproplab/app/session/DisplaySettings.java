package backproplab.app.session;

import backproplab.chart.Palette;
import backproplab.walkthrough.Decimals;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * How text, numbers and colours look everywhere in the window: text size, a fixed number of
 * decimals (default 4), the theme and the palette.
 */
public final class DisplaySettings {
    /** Text sizes in px: laptop default, and up to projector size. */
    public static final int MIN_TEXT_SIZE = 11, DEFAULT_TEXT_SIZE = 15, MAX_TEXT_SIZE = 31;

    private static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast"),
            MONOCHROME = PseudoClass.getPseudoClass("monochrome");

    private final IntegerProperty textSize = new SimpleIntegerProperty(DEFAULT_TEXT_SIZE);
    private final IntegerProperty decimalPlaces = new SimpleIntegerProperty(Decimals.DEFAULT);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.STANDARD);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(Palette.COLOUR);
    private final PanelLayout layout = new PanelLayout();
    private final ObjectBinding<Decimals> decimals = Bindings.createObjectBinding(
            () -> new Decimals(Math.max(Decimals.MIN, Math.min(Decimals.MAX, decimalPlaces.get()))), decimalPlaces);

    /** Which side panels the window shows, and the presentation layout. */
    public PanelLayout layout() {
        return layout;
    }

    /** The base text size in px; every font in the window scales with it. */
    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    /** Grows (+1) or shrinks (−1) the text by one step, within the limits. */
    public void stepTextSize(int direction) {
        textSize.set(Math.max(MIN_TEXT_SIZE, Math.min(MAX_TEXT_SIZE, textSize.get() + 2 * direction)));
    }

    /** The number of decimals, 0 to 12. */
    public IntegerProperty decimalPlacesProperty() {
        return decimalPlaces;
    }

    /** The formatter for the current number of decimals. */
    public ObjectBinding<Decimals> decimalsProperty() {
        return decimals;
    }

    public Decimals decimals() {
        return decimals.get();
    }

    /** Standard or high contrast; the window and the loss chart follow it. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Colour or black and white, for the network's edges and the loss chart. */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /**
     * Makes {@code root} (the main window's, or an Explain window's) show the theme and palette, now
     * and whenever they change, as pseudo-classes the style sheet follows.
     *
     * @return stops following, for a window that closes
     */
    public Runnable follow(Node root) {
        InvalidationListener show = o -> {
            root.pseudoClassStateChanged(HIGH_CONTRAST, theme.get() == Theme.HIGH_CONTRAST);
            root.pseudoClassStateChanged(MONOCHROME, palette.get() == Palette.MONOCHROME);
        };
        show.invalidated(null);
        theme.addListener(show);
        palette.addListener(show);
        return () -> {
            theme.removeListener(show);
            palette.removeListener(show);
        };
    }

    /** Back to the defaults (Reset preferences). */
    void reset() {
        textSize.set(DEFAULT_TEXT_SIZE);
        decimalPlaces.set(Decimals.DEFAULT);
        theme.set(Theme.STANDARD);
        palette.set(Palette.COLOUR);
    }
}

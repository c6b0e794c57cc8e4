package backproplab.app;

import backproplab.walkthrough.Decimals;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/** How text and numbers look everywhere in the window: text size, and a fixed number of decimals (default 4). */
public final class DisplaySettings {
    /** Text sizes in px: laptop default, and up to projector size. */
    public static final int MIN_TEXT_SIZE = 11, DEFAULT_TEXT_SIZE = 15, MAX_TEXT_SIZE = 31;

    private final IntegerProperty textSize = new SimpleIntegerProperty(DEFAULT_TEXT_SIZE);
    private final IntegerProperty decimalPlaces = new SimpleIntegerProperty(Decimals.DEFAULT);
    private final ObjectBinding<Decimals> decimals = Bindings.createObjectBinding(
            () -> new Decimals(Math.max(Decimals.MIN, Math.min(Decimals.MAX, decimalPlaces.get()))), decimalPlaces);

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
}

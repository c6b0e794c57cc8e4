package backproplab.app;

import backproplab.walkthrough.Decimals;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/** How numbers look everywhere in the window: a fixed number of decimals (default 4). */
public final class DisplaySettings {
    private final IntegerProperty decimalPlaces = new SimpleIntegerProperty(Decimals.DEFAULT);
    private final ObjectBinding<Decimals> decimals = Bindings.createObjectBinding(
            () -> new Decimals(Math.max(Decimals.MIN, Math.min(Decimals.MAX, decimalPlaces.get()))), decimalPlaces);

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

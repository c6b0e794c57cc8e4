package backproplab.app.panels;

/** Applies the panels' current, valid choices to the stepping lesson (which restarts). */
@FunctionalInterface
public interface SetupEditor {
    void apply();
}

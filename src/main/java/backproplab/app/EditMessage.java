package backproplab.app;

import javafx.scene.control.Label;

/**
 * The sentence under a group of controls saying why an edit was not applied; hidden while there
 * is nothing to say. {@link SetupControls} reports into it.
 */
public final class EditMessage extends Label {
    public EditMessage(String id) {
        setId(id);
        getStyleClass().add("field-message");
        setWrapText(true);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Shows why an edit was refused, or hides the message when {@code problem} is null. */
    public void show(String problem) {
        setText(problem == null ? "" : "Not applied: " + problem + ".");
        setVisible(problem != null);
    }
}

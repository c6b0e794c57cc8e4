package backproplab.app.kit;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * The sentence under a field or a group of controls saying what is wrong; hidden while there is
 * nothing to say. Given a field, it also marks that field invalid while it shows a problem.
 */
public class FieldMessage extends Label {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final TextField field;

    public FieldMessage(String id) {
        this(id, null);
    }

    /** @param field marked invalid while a problem shows; may be null */
    public FieldMessage(String id, TextField field) {
        this.field = field;
        setId(id);
        getStyleClass().add("field-message");
        setWrapText(true);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Shows {@code problem}, or hides the message when it is null. */
    public void show(String problem) {
        setText(problem == null ? "" : problem);
        setVisible(problem != null);
        if (field != null) field.pseudoClassStateChanged(INVALID, problem != null);
    }
}

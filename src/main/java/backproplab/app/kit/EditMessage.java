package backproplab.app.kit;

/**
 * The sentence under a group of controls saying why an edit was not applied; hidden while there
 * is nothing to say. {@link SetupControls} reports into it.
 */
public final class EditMessage extends FieldMessage {
    public EditMessage(String id) {
        super(id);
    }

    /** Shows why an edit was refused, or hides the message when {@code problem} is null. */
    @Override
    public void show(String problem) {
        super.show(problem == null ? null : "Not applied: " + problem + ".");
    }
}

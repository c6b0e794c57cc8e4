package backproplab.walkthrough;

/** The parts of one training example's walkthrough, in order. */
public enum Phase {
    START("Inputs"),
    FORWARD_TRUE("Forward pass: true window"),
    FORWARD_CORRUPT("Forward pass: corrupt window"),
    LOSS("Loss"),
    BACKWARD("Backward pass"),
    GRADIENTS("Gradients"),
    UPDATE("Update");

    private final String title;

    Phase(String title) {
        this.title = title;
    }

    /** A heading for the phase; squared error has one forward pass, simply "Forward pass". */
    public String title(boolean pairedPasses) {
        return this == FORWARD_TRUE && !pairedPasses ? "Forward pass" : title;
    }
}

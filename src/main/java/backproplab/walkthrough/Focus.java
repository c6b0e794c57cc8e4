package backproplab.walkthrough;

/**
 * What a micro-step highlights: unit {@code unit} (0-based) of layer {@code layer} (the notes'
 * k, 1-based) and which edges it uses; the rest of the network is dimmed.
 */
public record Focus(int layer, int unit, Edges edges) {
    /** Which edges a step uses. */
    public enum Edges {
        /** Nothing in particular (the whole network is shown normally). */
        NONE,
        /** The unit's incoming edges and bias (forward pass, gradients). */
        INCOMING,
        /** The unit's outgoing edges (backward pass: the δ's it collects). */
        OUTGOING,
        /** Every edge from layer {@code layer} to the next, and its biases (update). */
        LAYER,
        /** The units of {@code layer} as a whole, no edges (inputs, loss). */
        UNITS
    }

    public static Focus unit(int layer, int unit, Edges edges) {
        return new Focus(layer, unit, edges);
    }

    public static Focus wholeLayer(int layer, Edges edges) {
        return new Focus(layer, -1, edges);
    }

    /** True if unit i of layer k is in focus. */
    public boolean covers(int k, int i) {
        return k == layer && (unit < 0 || unit == i);
    }
}

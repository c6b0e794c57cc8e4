package backproplab.walkthrough;

/**
 * What a micro-step highlights: unit {@code unit} (0-based) of layer {@code layer} (the notes'
 * k, 1-based) and which edges it uses; the rest of the network is dimmed.
 */
public record Focus(int layer, int unit, Edges edges) implements Highlight {
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

    /** True if the step computes unit i of layer k itself (not a whole layer). */
    @Override
    public boolean current(int k, int i) {
        return unit >= 0 && covers(k, i);
    }

    /** True if the step uses W^(k)_ij (j = −1: the bias b^(k)_i), the edge from unit j of layer k to unit i of layer k+1. */
    @Override
    public boolean usesEdge(int k, int i, int j) {
        return switch (edges) {
            case NONE -> true;
            case UNITS -> false;
            case INCOMING -> k == layer - 1 && (unit < 0 || i == unit);
            case OUTGOING -> k == layer && j == unit;
            case LAYER -> k == layer;
        };
    }

    /** True if unit i of layer k takes part in the step (it is computed, or feeds or receives it). */
    @Override
    public boolean usesUnit(int k, int i) {
        return switch (edges) {
            case NONE -> true;
            case UNITS -> covers(k, i);
            case INCOMING -> covers(k, i) || k == layer - 1;
            case OUTGOING -> covers(k, i) || k == layer + 1;
            case LAYER -> k == layer || k == layer + 1;
        };
    }

    /** True if the "+1" bias node under layer k takes part in the step. */
    @Override
    public boolean usesBias(int k) {
        return edges == Edges.NONE || (edges == Edges.INCOMING && k == layer - 1) || (edges == Edges.LAYER && k == layer);
    }
}

package backproplab.walkthrough;

/** What the network drawing emphasises; the rest is dimmed. Layers are the notes' k, units and inputs 0-based. */
public interface Highlight {
    /** True if unit i of layer k is the one being computed (drawn as current). */
    boolean current(int k, int i);

    /** True if unit i of layer k takes part. */
    boolean usesUnit(int k, int i);

    /** True if W^(k)_ij (j = −1: the bias b^(k)_i) takes part. */
    boolean usesEdge(int k, int i, int j);

    /** True if the "+1" bias node under layer k takes part. */
    boolean usesBias(int k);
}

package backproplab.engine;

/**
 * The objective J of one training example. A loss runs its own forward passes (one, or two for
 * the max-margin pair), hands ∂J/∂a^(L) to each pass, back-propagates it and adds the gradients
 * to the network. L2 is not part of a loss: {@link Learner} adds it once per mini-batch.
 */
public interface Loss {
    /** How many passes an example needs (2 for max-margin, 1 for squared error). */
    int passCount();

    /** The name of pass p as the trace prints it ({@code true}, {@code corrupt}, {@code example}). */
    String passName(int p);

    /** The name used in configuration files. */
    String id();

    /** Throws an {@link IllegalArgumentException} if this loss cannot train {@code network} on {@code sample}. */
    void check(Network network, Sample sample);

    /**
     * Forward passes only, leaving z and a in {@code passes}.
     *
     * @return J of {@code sample} without the L2 term
     */
    double forward(Network network, Pass[] passes, Sample sample);

    /**
     * Sets ∂J/∂a^(L) of each pass (after {@link #forward}), runs the backward passes, and adds their
     * gradients to the network's gradient buffers. Modifies {@code passes} and the gradients.
     */
    void backward(Network network, Pass[] passes);

    /** forward, then backward; returns J without L2. */
    default double accumulate(Network network, Pass[] passes, Sample sample) {
        double j = forward(network, passes, sample);
        backward(network, passes);
        return j;
    }
}

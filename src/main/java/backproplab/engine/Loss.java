package backproplab.engine;

/**
 * The objective J of one training example. An example needs one forward pass, or two for the
 * max-margin pair; the loss then gives each pass its ∂J/∂a^(L), and the passes are
 * back-propagated and their gradients added. L2 is not part of a loss: {@link Learner} adds it
 * once per mini-batch.
 */
public interface Loss {
    /** The two objectives of the course, as configuration files name them and panels show them. */
    enum Kind implements Named {
        MAX_MARGIN("max-margin", "max-margin"), SQUARED_ERROR("squared-error", "squared error");

        private final String id, displayName;

        Kind(String id, String displayName) {
            this.id = id;
            this.displayName = displayName;
        }

        /** The name in configuration files, e.g. {@code squared-error}. */
        public String id() { return id; }

        /** The name in panels and titles, e.g. {@code squared error}. */
        public String displayName() { return displayName; }

        public static Kind fromId(String id) {
            return Named.fromId(Kind.class, "loss", id);
        }
    }

    /** How many passes an example needs (2 for max-margin, 1 for squared error). */
    int passCount();

    /** The name of pass p as the trace prints it ({@code true}, {@code corrupt}, {@code example}). */
    String passName(int p);

    /** Throws an {@link IllegalArgumentException} if this loss cannot train {@code network} on {@code sample}. */
    void check(Network network, Sample sample);

    /** What pass p feeds into layer 1: x, or for max-margin's second pass the corrupt window. */
    double[] passInput(int p, Sample sample);

    /**
     * J of {@code sample} from passes whose forward pass is done, without the L2 term. Also sets
     * each pass's ∂J/∂a^(L) ({@link Pass#outputError()}), ready for the backward pass.
     */
    double evaluate(Pass[] passes, Sample sample);

    /** False when the example's gradient is exactly zero (an inactive hinge): nothing to back-propagate. */
    boolean hasGradient(Pass[] passes);

    /** Runs every pass forward and returns {@link #evaluate}. Modifies {@code passes}. */
    default double forward(Network network, Pass[] passes, Sample sample) {
        for (int p = 0; p < passes.length; p++) {
            network.forward(passes[p], passInput(p, sample));
        }
        return evaluate(passes, sample);
    }

    /**
     * After {@link #forward}: back-propagates every pass and adds its gradients to the network's
     * gradient buffers; with no gradient, every δ is set to 0 and nothing is added.
     */
    default void backward(Network network, Pass[] passes) {
        boolean gradient = hasGradient(passes);
        for (Pass pass : passes) {
            if (gradient) {
                network.backpropagate(pass);
            } else {
                pass.clearDeltas();
            }
        }
    }

    /** forward, then backward; returns J without L2. */
    default double accumulate(Network network, Pass[] passes, Sample sample) {
        double j = forward(network, passes, sample);
        backward(network, passes);
        return j;
    }
}

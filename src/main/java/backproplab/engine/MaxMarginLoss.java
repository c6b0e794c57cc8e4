package backproplab.engine;

/**
 * The notes' objective: J = max(Δ + s_c − s, 0) for a true window x (score s) and a corrupt
 * window x_c (score s_c). While the hinge is active ∂J/∂s = −1 and ∂J/∂s_c = +1; at or below
 * 0 both are 0. The example's gradient is the sum of the two passes' gradients.
 */
public final class MaxMarginLoss implements Loss {
    /** Index of the true-window pass and of the corrupt-window pass. */
    public static final int TRUE_PASS = 0, CORRUPT_PASS = 1;

    private final double margin;

    /** @param margin Δ */
    public MaxMarginLoss(double margin) {
        this.margin = margin;
    }

    public double margin() {
        return margin;
    }

    /** Δ + s_c − s: the hinge argument; J = max of it and 0. */
    public double hingeArgument(Pass[] passes) {
        int out = passes[TRUE_PASS].layerCount();
        return margin + passes[CORRUPT_PASS].a[out][0] - passes[TRUE_PASS].a[out][0];
    }

    @Override public int passCount() { return 2; }

    @Override public String passName(int p) { return p == TRUE_PASS ? "true" : "corrupt"; }

    @Override
    public void check(Network network, Sample sample) {
        if (network.layerSize(network.layerCount()) != 1) {
            throw new IllegalArgumentException("max-margin needs exactly one output unit (the score), the network has "
                    + network.layerSize(network.layerCount()));
        }
        if (sample.partner().length != network.layerSize(1)) {
            throw new IllegalArgumentException("corrupt window has " + sample.partner().length
                    + " values, expected " + network.layerSize(1));
        }
    }

    @Override
    public double[] passInput(int p, Sample sample) {
        return p == TRUE_PASS ? sample.x() : sample.partner();
    }

    @Override
    public double evaluate(Pass[] passes, Sample sample) {
        double hinge = hingeArgument(passes);
        boolean active = hinge > 0;
        passes[TRUE_PASS].outputError[0] = active ? -1 : 0; // ∂J/∂s
        passes[CORRUPT_PASS].outputError[0] = active ? 1 : 0; // ∂J/∂s_c
        return Math.max(hinge, 0);
    }

    @Override
    public boolean hasGradient(Pass[] passes) {
        return hingeArgument(passes) > 0;
    }
}

package backproplab.engine;

/** E ← ρ E + (1 − ρ) g²; θ ← θ − α g / (√E + ε). */
public final class RmsProp implements Optimizer {
    private final double decay;
    private final double epsilon;
    private final double[][] meanSquare;

    public RmsProp(Network network, double decay, double epsilon) {
        this.decay = decay;
        this.epsilon = epsilon;
        this.meanSquare = Optimizer.newState(network);
    }

    @Override
    public void update(int slot, double[] theta, double[] gradient, double rate, int t) {
        double[] e = meanSquare[slot];
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            e[i] = decay * e[i] + (1 - decay) * g * g;
            theta[i] -= rate * g / (Math.sqrt(e[i]) + epsilon);
        }
    }

    @Override public double[] state(int slot, int which) { return meanSquare[slot]; }

    @Override public int stateCount() { return 1; }
}

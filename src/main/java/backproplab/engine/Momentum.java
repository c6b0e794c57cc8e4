package backproplab.engine;

/** v ← μ v − α g; θ ← θ + v. */
public final class Momentum implements Optimizer {
    private final double mu;
    private final double[][] velocity;

    public Momentum(Network network, double mu) {
        this.mu = mu;
        this.velocity = Optimizer.newState(network);
    }

    @Override
    public void update(int slot, double[] theta, double[] gradient, double rate, int t) {
        double[] v = velocity[slot];
        for (int i = 0; i < theta.length; i++) {
            v[i] = mu * v[i] - rate * gradient[i];
            theta[i] += v[i];
        }
    }

    @Override public double[] state(int slot, int which) { return velocity[slot]; }

    @Override public int stateCount() { return 1; }
}

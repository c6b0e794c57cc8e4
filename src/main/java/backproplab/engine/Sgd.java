package backproplab.engine;

/** θ ← θ − α g. */
public final class Sgd implements Optimizer {
    @Override
    public void update(int slot, double[] theta, double[] gradient, double rate, int t) {
        for (int i = 0; i < theta.length; i++) {
            theta[i] -= rate * gradient[i];
        }
    }

    @Override public double[] state(int slot, int which) { throw new IndexOutOfBoundsException("SGD has no state"); }

    @Override public boolean zeroGradientChangesNothing() { return true; }

    @Override public int stateCount() { return 0; }
}

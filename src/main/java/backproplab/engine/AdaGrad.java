package backproplab.engine;

/** G ← G + g²; θ ← θ − α g / (√G + ε). */
public final class AdaGrad implements Optimizer {
    private final double epsilon;
    private final double[][] sumOfSquares;

    public AdaGrad(Network network, double epsilon) {
        this.epsilon = epsilon;
        this.sumOfSquares = Optimizer.newState(network);
    }

    @Override
    public void update(int slot, double[] theta, double[] gradient, double rate, int t) {
        double[] g2 = sumOfSquares[slot];
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            g2[i] += g * g;
            theta[i] -= rate * g / (Math.sqrt(g2[i]) + epsilon);
        }
    }

    @Override public double[] state(int slot, int which) { return sumOfSquares[slot]; }

    @Override public boolean zeroGradientChangesNothing() { return true; }

    @Override public int stateCount() { return 1; }
}

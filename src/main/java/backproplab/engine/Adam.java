package backproplab.engine;

/**
 * m ← β₁ m + (1−β₁) g; v ← β₂ v + (1−β₂) g²; m̂ = m / (1−β₁^(t+1)); v̂ = v / (1−β₂^(t+1));
 * θ ← θ − α m̂ / (√v̂ + ε). Without bias correction m and v are used in place of m̂ and v̂.
 */
public final class Adam implements Optimizer {
    private final double beta1, beta2, epsilon;
    private final boolean biasCorrection;
    private final double[][] m, v;
    private int correctedStep = -1;
    private double correction1 = 1, correction2 = 1;

    public Adam(Network network, double beta1, double beta2, double epsilon, boolean biasCorrection) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.biasCorrection = biasCorrection;
        this.m = Optimizer.newState(network);
        this.v = Optimizer.newState(network);
    }

    @Override
    public void update(int slot, double[] theta, double[] gradient, double rate, int t) {
        if (biasCorrection && t != correctedStep) { // the same for every slot of one step
            correction1 = 1 - Powers.whole(beta1, t + 1);
            correction2 = 1 - Powers.whole(beta2, t + 1);
            correctedStep = t;
        }
        double[] ms = m[slot], vs = v[slot];
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            ms[i] = beta1 * ms[i] + (1 - beta1) * g;
            vs[i] = beta2 * vs[i] + (1 - beta2) * g * g;
            theta[i] -= rate * (ms[i] / correction1) / (Math.sqrt(vs[i] / correction2) + epsilon);
        }
    }

    @Override public double[] state(int slot, int which) { return which == 0 ? m[slot] : v[slot]; }

    @Override public int stateCount() { return 2; }
}

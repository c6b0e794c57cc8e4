package backproplab.engine;

/** J = ½ Σ_i (a^(L)_i − t_i)², so ∂J/∂a^(L) = a^(L) − t. One pass per example. */
public final class SquaredErrorLoss implements Loss {
    @Override public int passCount() { return 1; }

    @Override public String passName(int p) { return "example"; }

    @Override
    public void check(Network network, Sample sample) {
        int outputs = network.layerSize(network.layerCount());
        if (sample.partner().length != outputs) {
            throw new IllegalArgumentException("target has " + sample.partner().length
                    + " values, expected " + outputs + " (one per output unit)");
        }
    }

    @Override
    public double[] passInput(int p, Sample sample) {
        return sample.x();
    }

    @Override
    public double evaluate(Pass[] passes, Sample sample) {
        Pass pass = passes[0];
        double[] out = pass.a[pass.layerCount()];
        double[] target = sample.partner();
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            double e = out[i] - target[i];
            pass.outputError[i] = e;
            sum += e * e;
        }
        return 0.5 * sum;
    }

    @Override
    public boolean hasGradient(Pass[] passes) {
        return true;
    }
}

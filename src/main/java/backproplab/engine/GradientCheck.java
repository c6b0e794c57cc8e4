package backproplab.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks back-propagation on one example the way a student would: for every weight and bias, the
 * gradient backprop gives beside the central difference (J(θ + h) − J(θ − h)) / 2h, with their
 * relative error |g − n| / max(|g|, |n|, {@link #FLOOR}) against {@link #THRESHOLD}. J includes the
 * L2 term, as the update's gradient does.
 *
 * <p>Where a nudge of ±h moves a unit across a kink of its activation (ReLU or leaky ReLU at z = 0,
 * hard tanh at z = ±1) or the max-margin hinge across 0, the two sides have different slopes and
 * the central difference averages them: that entry's disagreement is expected, and it is marked
 * with the reason instead of failing.
 *
 * <p>The network given is used as the parameters θ and is left exactly as it was, gradients
 * included (the check works on its own copy).
 */
public final class GradientCheck {
    /** Entries whose relative error is at most this pass. */
    public static final double THRESHOLD = 1e-6;
    /**
     * Gradients smaller than this are compared by their difference (a max-margin pair can cancel to exactly 0, where the
     * difference keeps a round-off of about 10⁻¹¹).
     */
    public static final double FLOOR = 1e-4;
    /** The default step h, and the range a person may choose. */
    public static final double DEFAULT_H = 1e-5, MIN_H = 1e-10, MAX_H = 0.1;

    private GradientCheck() {}

    /** One parameter: W^(layer)_{row,column}, or b^(layer)_row when {@code column} is −1 (0-based). */
    public record Entry(int layer, int row, int column, double backprop, double numeric, double relativeError, String kink) {
        public boolean bias() { return column < 0; }

        /** The parameter checked: W^(k)_ij or b^(k)_i. */
        public Parameter parameter() { return new Parameter(layer, row, column); }

        /** Within the threshold. */
        public boolean passed() { return relativeError <= THRESHOLD; }

        /** Out of the threshold, and no kink explains it. */
        public boolean failed() { return !passed() && kink == null; }
    }

    /** Every parameter's entry, the worst (largest relative error) first. */
    public static List<Entry> run(Network network, Loss loss, Sample sample, double l2, double h) {
        if (!(h >= MIN_H && h <= MAX_H)) throw new IllegalArgumentException("h must be from " + MIN_H + " to " + MAX_H + ", got " + h);
        Network net = copy(network);
        Pass[] passes = new Pass[loss.passCount()];
        for (int p = 0; p < passes.length; p++) passes[p] = net.newPass();
        loss.check(net, sample);
        net.clearGradients();
        loss.accumulate(net, passes, sample);
        net.finishGradients(1, l2);
        int[] at = sides(net, loss, passes);

        List<Entry> entries = new ArrayList<>();
        for (int k = 1; k < net.layerCount(); k++) {
            int columns = net.layerSize(k);
            double[] w = net.weights(k), gw = net.weightGradients(k).clone();
            for (int index = 0; index < w.length; index++) {
                entries.add(entry(net, loss, passes, sample, l2, h, at, w, index, gw[index], k, index / columns, index % columns));
            }
            double[] b = net.biases(k), gb = net.biasGradients(k).clone();
            for (int i = 0; i < b.length; i++) entries.add(entry(net, loss, passes, sample, l2, h, at, b, i, gb[i], k, i, -1));
        }
        entries.sort(Comparator.comparingDouble(Entry::relativeError).reversed());
        return entries;
    }

    private static Entry entry(Network net, Loss loss, Pass[] passes, Sample sample, double l2, double h, int[] at,
                               double[] theta, int index, double backprop, int k, int row, int column) {
        double saved = theta[index];
        theta[index] = saved + h;
        double plus = loss.forward(net, passes, sample) + net.l2Penalty(l2);
        int[] above = sides(net, loss, passes);
        theta[index] = saved - h;
        double minus = loss.forward(net, passes, sample) + net.l2Penalty(l2);
        int[] below = sides(net, loss, passes);
        theta[index] = saved;
        double numeric = (plus - minus) / (2 * h);
        double error = Math.abs(backprop - numeric) / Math.max(FLOOR, Math.max(Math.abs(backprop), Math.abs(numeric)));
        String kink = null;
        if (error > THRESHOLD) kink = kink(net, loss, passes, sample, at, above, below);
        return new Entry(k, row, column, backprop, numeric, error, kink);
    }

    /**
     * Which side of its kinks every unit's z lies on, per pass, then the hinge's side: equal arrays
     * mean every slope the gradient used held over the whole nudge.
     */
    private static int[] sides(Network net, Loss loss, Pass[] passes) {
        int units = 0;
        for (int k = 2; k <= net.layerCount(); k++) units += net.layerSize(k);
        int[] sides = new int[passes.length * units + 1];
        int n = 0;
        for (Pass pass : passes) {
            for (int k = 2; k <= net.layerCount(); k++) {
                Activation f = net.activation(k);
                for (double z : pass.preActivations(k)) sides[n++] = side(f, z);
            }
        }
        if (loss instanceof MaxMarginLoss m) sides[n] = (int) Math.signum(m.hingeArgument(passes));
        return sides;
    }

    /** −1, 0 or +1 around a kink (2 exactly on one); 0 for activations without kinks. */
    static int side(Activation f, double z) {
        return switch (f) {
            case RELU, LEAKY_RELU -> z == 0 ? 2 : (int) Math.signum(z);
            case HARDTANH -> Math.abs(z) == 1 ? 2 : z < -1 ? -1 : z > 1 ? 1 : 0;
            default -> 0;
        };
    }

    /** Why the nudge crossed a kink, in words, or null if it crossed none. */
    private static String kink(Network net, Loss loss, Pass[] passes, Sample sample, int[] at, int[] above, int[] below) {
        int n = 0;
        for (int p = 0; p < passes.length; p++) {
            for (int k = 2; k <= net.layerCount(); k++) {
                for (int i = 0; i < net.layerSize(k); i++, n++) {
                    if (above[n] == below[n] && at[n] != 2) continue;
                    loss.forward(net, passes, sample); // back at θ, to name the value
                    double z = passes[p].preActivations(k)[i];
                    String unit = "z^(" + k + ")_" + (i + 1) + (passes.length > 1 ? " of the " + loss.passName(p) + " window" : "");
                    String corner = net.activation(k) == Activation.HARDTANH ? "hard tanh's corner at " + (z < 0 ? "−1" : "+1")
                            : (net.activation(k) == Activation.RELU ? "ReLU" : "leaky ReLU") + "'s corner at 0";
                    return unit + " = " + z + " lies within h of " + corner
                            + ": the slope differs on each side, so the central difference averages the two";
                }
            }
        }
        if (above[n] != below[n] || at[n] == 0 && loss instanceof MaxMarginLoss) {
            return "the hinge Δ + s_c − s is within h of 0: the loss has a corner there, and its two slopes are averaged";
        }
        return null;
    }

    /** A network of the same shape and activations holding the same parameters. */
    private static Network copy(Network network) {
        Network copy = new Network(network.layerSizes(), network.activation(2), network.activation(network.layerCount()),
                network.leakySlope());
        for (int k = 1; k < network.layerCount(); k++) {
            System.arraycopy(network.weights(k), 0, copy.weights(k), 0, network.weights(k).length);
            System.arraycopy(network.biases(k), 0, copy.biases(k), 0, network.biases(k).length);
        }
        return copy;
    }
}

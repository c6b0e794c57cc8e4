package backproplab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Checks back-propagation on one example the way a student would: for every weight and bias, the
 * gradient backprop gives beside the central difference (J(θ + h) − J(θ − h)) / 2h, with their
 * relative error |g − n| / max(|g|, |n|, {@link #FLOOR}) against {@link #THRESHOLD}. J includes the
 * L2 term, as the update's gradient does.
 *
 * <p>Where the nudge ±h of a parameter moves a unit across a kink of its activation (ReLU or leaky
 * ReLU at z = 0, hard tanh at z = ±1) or the max-margin hinge across 0, the two sides have different
 * slopes and the central difference averages them: that entry's disagreement is expected, and it is
 * marked with the kinks it crosses instead of failing. A kink the nudge does not cross explains
 * nothing, even a unit sitting exactly on its corner: a parameter that does not move that unit, or
 * an h too coarse for the curve, fails as it should.
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
    public record Entry(int layer, int row, int column, double backprop, double numeric, double relativeError, List<Kink> kinks) {
        public Entry {
            kinks = List.copyOf(kinks);
        }

        public boolean bias() { return column < 0; }

        /** The parameter checked: W^(k)_ij or b^(k)_i. */
        public Parameter parameter() { return new Parameter(layer, row, column); }

        /** Within the threshold. */
        public boolean passed() { return relativeError <= THRESHOLD; }

        /** Out of the threshold, and no kink explains it. */
        public boolean failed() { return !passed() && kinks.isEmpty(); }

        /** Out of the threshold because the nudge crosses a kink: expected. */
        public boolean atKink() { return !passed() && !kinks.isEmpty(); }
    }

    /**
     * A kink the nudge ±h crosses: unit {@code unit} (0-based) of layer {@code layer} in window {@code window}
     * (null with one pass) across its activation's corner at {@code corner}, or, with {@code layer} 0, the
     * hinge Δ + s_c − s across 0. {@code value} is z, or the hinge's argument, at θ.
     */
    public record Kink(int layer, int unit, String window, Activation activation, double value, double corner) {
        static Kink hinge(double value) {
            return new Kink(0, 0, null, null, value, 0);
        }

        public boolean isHinge() { return layer == 0; }
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

        List<Entry> entries = new ArrayList<>();
        for (int k = 1; k < net.layerCount(); k++) {
            int columns = net.layerSize(k);
            double[] w = net.weights(k), gw = net.weightGradients(k).clone();
            for (int index = 0; index < w.length; index++) {
                entries.add(entry(net, loss, passes, sample, l2, h, w, index, gw[index], k, index / columns, index % columns));
            }
            double[] b = net.biases(k), gb = net.biasGradients(k).clone();
            for (int i = 0; i < b.length; i++) entries.add(entry(net, loss, passes, sample, l2, h, b, i, gb[i], k, i, -1));
        }
        entries.sort(Comparator.comparingDouble(Entry::relativeError).reversed());
        return entries;
    }

    private static Entry entry(Network net, Loss loss, Pass[] passes, Sample sample, double l2, double h,
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
        List<Kink> kinks = error > THRESHOLD ? crossed(net, loss, passes, sample, above, below) : List.of();
        return new Entry(k, row, column, backprop, numeric, error, kinks);
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

    /** The kinks on another side at θ + h than at θ − h, with their values at θ; none if the nudge crossed none. */
    private static List<Kink> crossed(Network net, Loss loss, Pass[] passes, Sample sample, int[] above, int[] below) {
        if (Arrays.equals(above, below)) return List.of();
        loss.forward(net, passes, sample); // back at θ, to give the values
        List<Kink> kinks = new ArrayList<>();
        int n = 0;
        for (int p = 0; p < passes.length; p++) {
            for (int k = 2; k <= net.layerCount(); k++) {
                Activation f = net.activation(k);
                for (int i = 0; i < net.layerSize(k); i++, n++) {
                    if (above[n] == below[n]) continue;
                    double z = passes[p].preActivations(k)[i];
                    kinks.add(new Kink(k, i, passes.length > 1 ? loss.passName(p) : null, f, z, corner(f, above[n], below[n], z)));
                }
            }
        }
        if (above[n] != below[n]) kinks.add(Kink.hinge(((MaxMarginLoss) loss).hingeArgument(passes)));
        return kinks;
    }

    /** The corner between two sides: 0 for (leaky) ReLU; for hard tanh −1 or +1, the one between the sides, else nearest z. */
    private static double corner(Activation f, int above, int below, double z) {
        if (f != Activation.HARDTANH) return 0;
        int low = Math.min(above, below), high = Math.max(above, below);
        if (high == 2) return z < 0 ? -1 : 1; // one side exactly on a corner: the one z is near
        return low == 0 ? 1 : high == 0 ? -1 : z < 0 ? -1 : 1;
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

package backproplab.engine;

import java.util.Arrays;

/**
 * Input preprocessing fitted on the training split only and then applied, unchanged, to every
 * split. Rows are examples, columns features.
 * <ul>
 *   <li>mean: x − μ (training mean per feature)
 *   <li>normalize: (x − μ) / σ (population deviation; a zero σ leaves the feature unscaled)
 *   <li>whiten: (x − μ) U / √(S + ε), where C = XᵀX / N = U S Uᵀ on the centred training data, ε = 1e-5
 * </ul>
 */
public final class Preprocessor {
    /** ε added to the eigenvalues when whitening. */
    public static final double WHITEN_EPSILON = 1e-5;

    /** The preprocessing choices of the side panel and configuration files. */
    public enum Kind implements Named {
        NONE("none"), MEAN("mean"), NORMALIZE("normalize"), WHITEN("whiten");

        private final String id;

        Kind(String id) { this.id = id; }

        public String id() { return id; }

        /** The name in panels and chart titles, e.g. {@code whitening}. */
        public String displayName() {
            return switch (this) {
                case NONE -> "none";
                case MEAN -> "mean subtraction";
                case NORMALIZE -> "normalization";
                case WHITEN -> "whitening";
            };
        }

        public static Kind fromId(String id) {
            return Named.fromId(Kind.class, "preprocessing", id);
        }
    }

    private final double[] mean;
    /** Column j of the output is Σ_i (x_i − μ_i) · projection[i·d + j]. Null when no projection is needed. */
    private final double[] projection;
    private final double[] scale;

    private Preprocessor(double[] mean, double[] scale, double[] projection) {
        this.mean = mean;
        this.scale = scale;
        this.projection = projection;
    }

    /** Fits {@code kind} on the training rows (not modified). */
    public static Preprocessor fit(Kind kind, double[][] rows) {
        if (rows.length == 0) throw new IllegalArgumentException("cannot fit preprocessing on an empty training split");
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        Arrays.fill(scale, 1);
        if (kind == Kind.NONE) return new Preprocessor(mean, scale, null);
        for (double[] row : rows) for (int j = 0; j < d; j++) mean[j] += row[j];
        for (int j = 0; j < d; j++) mean[j] /= rows.length; // sum first: a constant feature's mean is then exact
        if (kind == Kind.NORMALIZE) {
            for (int j = 0; j < d; j++) {
                double var = 0;
                for (double[] row : rows) var += (row[j] - mean[j]) * (row[j] - mean[j]);
                double sd = Math.sqrt(var / rows.length);
                if (sd > 1e-12 * Math.max(1, Math.abs(mean[j]))) scale[j] = 1 / sd; // below that it is rounding, not spread
            }
        }
        if (kind != Kind.WHITEN) return new Preprocessor(mean, scale, null);
        double[] c = new double[d * d];
        for (double[] row : rows) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) c[i * d + j] += (row[i] - mean[i]) * (row[j] - mean[j]) / rows.length;
            }
        }
        double[] eigenvectors = new double[d * d];
        double[] eigenvalues = SymmetricEigen.decompose(c, d, eigenvectors);
        for (int j = 0; j < d; j++) {
            double s = 1 / Math.sqrt(Math.max(eigenvalues[j], 0) + WHITEN_EPSILON);
            for (int i = 0; i < d; i++) eigenvectors[i * d + j] *= s;
        }
        return new Preprocessor(mean, scale, eigenvectors);
    }

    /** Writes the transformed {@code in} to {@code out} (same length; may not be the same array when whitening). */
    public void apply(double[] in, double[] out) {
        int d = mean.length;
        if (in.length != d || out.length != d) throw new IllegalArgumentException("expected " + d + " features, got " + in.length);
        if (projection == null) {
            for (int j = 0; j < d; j++) out[j] = (in[j] - mean[j]) * scale[j];
            return;
        }
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (int i = 0; i < d; i++) sum += (in[i] - mean[i]) * projection[i * d + j];
            out[j] = sum;
        }
    }

    /** A transformed copy of {@code in}. */
    public double[] apply(double[] in) {
        double[] out = new double[in.length];
        apply(in, out);
        return out;
    }

    /** Transformed copies of both vectors of every sample (the partner too when {@code partnerIsInput}). */
    public Sample[] apply(Sample[] samples, boolean partnerIsInput) {
        Sample[] out = new Sample[samples.length];
        for (int i = 0; i < samples.length; i++) {
            Sample s = samples[i];
            out[i] = new Sample(apply(s.x()), partnerIsInput ? apply(s.partner()) : s.partner());
        }
        return out;
    }
}

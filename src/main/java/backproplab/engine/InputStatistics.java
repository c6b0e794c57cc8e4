package backproplab.engine;

/**
 * Per-feature mean and (population) deviation and the covariance matrix C = XᵀX / N of the centred
 * rows: what preprocessing changes, shown before and after it. Rows are examples, columns features.
 */
public record InputStatistics(int rows, double[] mean, double[] deviation, double[][] covariance) {

    public static InputStatistics of(double[][] rows) {
        if (rows.length == 0) throw new IllegalArgumentException("no rows to describe");
        int n = rows.length, d = rows[0].length;
        double[] mean = new double[d];
        for (double[] r : rows) for (int j = 0; j < d; j++) mean[j] += r[j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        double[][] cov = new double[d][d];
        for (double[] r : rows) {
            for (int a = 0; a < d; a++) {
                double da = r[a] - mean[a];
                for (int b = a; b < d; b++) cov[a][b] += da * (r[b] - mean[b]);
            }
        }
        double[] deviation = new double[d];
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= n;
                cov[b][a] = cov[a][b];
            }
            deviation[a] = Math.sqrt(cov[a][a]);
        }
        return new InputStatistics(n, mean, deviation, cov);
    }

    /** The largest |C_ab| off the diagonal: 0 for decorrelated features. */
    public double largestCorrelation() {
        double max = 0;
        for (int a = 0; a < covariance.length; a++) {
            for (int b = 0; b < covariance.length; b++) if (a != b) max = Math.max(max, Math.abs(covariance[a][b]));
        }
        return max;
    }
}

package backproplab.engine;

import java.util.Arrays;

/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations: C = U S Uᵀ.
 * For a symmetric positive semi-definite matrix (a covariance) this is also its SVD.
 */
final class SymmetricEigen {
    private static final int MAX_SWEEPS = 100;

    private SymmetricEigen() {}

    /**
     * @param c       d×d row-major symmetric matrix (not modified)
     * @param vectors receives U row-major: column j is the eigenvector of eigenvalue j
     * @return the eigenvalues S
     */
    static double[] decompose(double[] c, int d, double[] vectors) {
        double[] a = c.clone();
        Arrays.fill(vectors, 0);
        for (int i = 0; i < d; i++) vectors[i * d + i] = 1;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0, total = 0;
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    total += a[i * d + j] * a[i * d + j];
                    if (i != j) off += a[i * d + j] * a[i * d + j];
                }
            }
            if (off <= 1e-30 * Math.max(total, 1e-300)) break;
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) rotate(a, vectors, d, p, q);
            }
        }
        double[] values = new double[d];
        for (int i = 0; i < d; i++) values[i] = a[i * d + i];
        return values;
    }

    /** One Jacobi rotation that zeroes a[p][q]. */
    private static void rotate(double[] a, double[] v, int d, int p, int q) {
        double apq = a[p * d + q];
        if (apq == 0) return;
        double theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) t = 1;
        double cos = 1 / Math.sqrt(t * t + 1), sin = t * cos;
        for (int k = 0; k < d; k++) { // A ← A J (columns p, q)
            double akp = a[k * d + p], akq = a[k * d + q];
            a[k * d + p] = cos * akp - sin * akq;
            a[k * d + q] = sin * akp + cos * akq;
        }
        for (int k = 0; k < d; k++) { // A ← Jᵀ A (rows p, q)
            double apk = a[p * d + k], aqk = a[q * d + k];
            a[p * d + k] = cos * apk - sin * aqk;
            a[q * d + k] = sin * apk + cos * aqk;
        }
        for (int k = 0; k < d; k++) { // U ← U J
            double vkp = v[k * d + p], vkq = v[k * d + q];
            v[k * d + p] = cos * vkp - sin * vkq;
            v[k * d + q] = sin * vkp + cos * vkq;
        }
    }
}

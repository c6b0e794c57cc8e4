package backproplab.walkthrough;

import java.util.Arrays;

/**
 * Per-layer arrays (index k = the notes' layer) changed copy-on-write: a change returns a new
 * outer array with one new inner array, so snapshots that hold the old ones never see it.
 */
final class LayerArrays {
    private LayerArrays() {}

    /** n_k for a layer k. */
    interface LayerSize {
        int of(int k);
    }

    /** One NaN-filled array per layer from..to (slot 0 and layers before {@code from} empty). */
    static double[][] perLayer(LayerSize size, int from, int to) {
        double[][] out = new double[to + 1][];
        out[0] = new double[0];
        for (int k = 1; k < from; k++) out[k] = new double[0];
        for (int k = from; k <= to; k++) {
            out[k] = new double[size.of(k)];
            Arrays.fill(out[k], Double.NaN);
        }
        return out;
    }

    /** NaN-filled arrays shaped like {@code m}. */
    static double[][] nanLike(double[][] m) {
        double[][] out = new double[m.length][];
        for (int k = 0; k < m.length; k++) {
            out[k] = new double[m[k].length];
            Arrays.fill(out[k], Double.NaN);
        }
        return out;
    }

    /** {@code m} with element i of layer k set to {@code value}. */
    static double[][] replace(double[][] m, int k, int i, double value) {
        double[] row = m[k].clone();
        row[i] = value;
        return replaceLayer(m, k, row);
    }

    /** {@code m} with {@code values} written into layer k from {@code start}. */
    static double[][] replaceRow(double[][] m, int k, int start, double[] values) {
        double[] row = m[k].clone();
        System.arraycopy(values, 0, row, start, values.length);
        return replaceLayer(m, k, row);
    }

    /** {@code m} with layer k replaced by {@code layer}. */
    static double[][] replaceLayer(double[][] m, int k, double[] layer) {
        double[][] out = m.clone();
        out[k] = layer;
        return out;
    }

    /** after − before, element by element. */
    static double[] difference(double[] after, double[] before) {
        double[] d = new double[after.length];
        for (int i = 0; i < d.length; i++) d[i] = after[i] - before[i];
        return d;
    }

    /** Column j of a row-major matrix with {@code columns} columns. */
    static double[] column(double[] rowMajor, int columns, int j) {
        double[] out = new double[rowMajor.length / columns];
        for (int i = 0; i < out.length; i++) out[i] = rowMajor[i * columns + j];
        return out;
    }
}
